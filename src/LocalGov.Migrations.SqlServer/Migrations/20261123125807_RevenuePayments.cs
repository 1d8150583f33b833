using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RevenuePayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArrearsRate",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    SurchargeBasisPoints = table.Column<int>(type: "int", nullable: false),
                    ReducedSurchargeBasisPoints = table.Column<int>(type: "int", nullable: false),
                    ReducedDays = table.Column<int>(type: "int", nullable: false),
                    WarningSurchargeBasisPoints = table.Column<int>(type: "int", nullable: false),
                    WarningDays = table.Column<int>(type: "int", nullable: false),
                    InterestBasisPointsPerMonth = table.Column<int>(type: "int", nullable: false),
                    InterestCapBasisPoints = table.Column<int>(type: "int", nullable: false),
                    LateFilingSurchargeBasisPoints = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    EditedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EditedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArrearsRate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BankStatementLine",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    BankReference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StatementDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Reference1 = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reference2 = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReceiptId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankStatementLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankStatementLine_Receipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalSchema: "revenue",
                        principalTable: "Receipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaymentSettings",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    BillerTaxId = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    BillerSuffix = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    MerchantName = table.Column<string>(type: "nvarchar(25)", maxLength: 25, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArrearsRate_Kind_EffectiveFrom",
                schema: "revenue",
                table: "ArrearsRate",
                columns: new[] { "Kind", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementLine_LaoId_BankReference",
                schema: "revenue",
                table: "BankStatementLine",
                columns: new[] { "LaoId", "BankReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementLine_ReceiptId",
                schema: "revenue",
                table: "BankStatementLine",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentSettings_LaoId",
                schema: "revenue",
                table: "PaymentSettings",
                column: "LaoId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArrearsRate",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "BankStatementLine",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "PaymentSettings",
                schema: "revenue");
        }
    }
}
