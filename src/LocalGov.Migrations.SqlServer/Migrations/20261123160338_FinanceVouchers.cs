using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FinanceVouchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Voucher",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    VoucherNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PayeeName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PayeeTaxId = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: true),
                    PayeeAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    PayeeKind = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    BudgetLineId = table.Column<int>(type: "int", nullable: false),
                    Gross = table.Column<long>(type: "bigint", nullable: false),
                    IncomeTypeCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    WithholdingRateBasisPoints = table.Column<int>(type: "int", nullable: false),
                    Withheld = table.Column<long>(type: "bigint", nullable: false),
                    Net = table.Column<long>(type: "bigint", nullable: false),
                    FromCommitment = table.Column<bool>(type: "bit", nullable: false),
                    HoldsReservation = table.Column<bool>(type: "bit", nullable: false),
                    SourceModule = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SourceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PreparedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PaymentMethod = table.Column<int>(type: "int", nullable: true),
                    ChequeNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ChequeDate = table.Column<DateOnly>(type: "date", nullable: true),
                    TransferReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    BankAccountId = table.Column<int>(type: "int", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    JournalEntryId = table.Column<int>(type: "int", nullable: true),
                    CertificateNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voucher", x => x.Id);
                    table.CheckConstraint("CK_Voucher_Amounts", "Gross > 0 AND Withheld >= 0 AND Withheld <= Gross AND Net = Gross - Withheld");
                    table.ForeignKey(
                        name: "FK_Voucher_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalSchema: "finance",
                        principalTable: "BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Voucher_JournalEntry_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WithholdingTaxRate",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IncomeTypeCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RateBasisPoints = table.Column<int>(type: "int", nullable: false),
                    MinimumPayment = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WithholdingTaxRate", x => x.Id);
                    table.CheckConstraint("CK_WithholdingTaxRate_Rate", "RateBasisPoints >= 0 AND RateBasisPoints <= 10000");
                });

            migrationBuilder.CreateTable(
                name: "VoucherEvent",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VoucherId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VoucherEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VoucherEvent_Voucher_VoucherId",
                        column: x => x.VoucherId,
                        principalSchema: "finance",
                        principalTable: "Voucher",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_BankAccountId",
                schema: "finance",
                table: "Voucher",
                column: "BankAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_JournalEntryId",
                schema: "finance",
                table: "Voucher",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_LaoId_FiscalYear_CertificateNo",
                schema: "finance",
                table: "Voucher",
                columns: new[] { "LaoId", "FiscalYear", "CertificateNo" },
                unique: true,
                filter: "CertificateNo IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_LaoId_FiscalYear_VoucherNo",
                schema: "finance",
                table: "Voucher",
                columns: new[] { "LaoId", "FiscalYear", "VoucherNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_LaoId_PaidOn",
                schema: "finance",
                table: "Voucher",
                columns: new[] { "LaoId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_LaoId_SourceModule_SourceReference",
                schema: "finance",
                table: "Voucher",
                columns: new[] { "LaoId", "SourceModule", "SourceReference" },
                unique: true,
                filter: "SourceReference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Voucher_LaoId_Status_Id",
                schema: "finance",
                table: "Voucher",
                columns: new[] { "LaoId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_VoucherEvent_VoucherId_Id",
                schema: "finance",
                table: "VoucherEvent",
                columns: new[] { "VoucherId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WithholdingTaxRate_IncomeTypeCode_EffectiveFrom",
                schema: "finance",
                table: "WithholdingTaxRate",
                columns: new[] { "IncomeTypeCode", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VoucherEvent",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "WithholdingTaxRate",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Voucher",
                schema: "finance");
        }
    }
}
