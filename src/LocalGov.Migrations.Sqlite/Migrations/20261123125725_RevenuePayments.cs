using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevenuePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revenue_ArrearsRate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SurchargeBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    ReducedSurchargeBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    ReducedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningSurchargeBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    WarningDays = table.Column<int>(type: "INTEGER", nullable: false),
                    InterestBasisPointsPerMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    InterestCapBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    LateFilingSurchargeBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EditedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EditedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_ArrearsRate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_BankStatementLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    BankReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StatementDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference1 = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reference2 = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceiptId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_BankStatementLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_BankStatementLine_revenue_Receipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "revenue_Receipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_PaymentSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillerTaxId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    BillerSuffix = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    MerchantName = table.Column<string>(type: "TEXT", maxLength: 25, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_PaymentSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ArrearsRate_Kind_EffectiveFrom",
                table: "revenue_ArrearsRate",
                columns: new[] { "Kind", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_BankStatementLine_LaoId_BankReference",
                table: "revenue_BankStatementLine",
                columns: new[] { "LaoId", "BankReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_BankStatementLine_ReceiptId",
                table: "revenue_BankStatementLine",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_PaymentSettings_LaoId",
                table: "revenue_PaymentSettings",
                column: "LaoId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revenue_ArrearsRate");

            migrationBuilder.DropTable(
                name: "revenue_BankStatementLine");

            migrationBuilder.DropTable(
                name: "revenue_PaymentSettings");
        }
    }
}
