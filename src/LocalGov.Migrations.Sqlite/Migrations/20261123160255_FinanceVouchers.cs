using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FinanceVouchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finance_Voucher",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    VoucherNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PayeeName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PayeeTaxId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    PayeeAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PayeeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    Gross = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeTypeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    WithholdingRateBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Withheld = table.Column<long>(type: "INTEGER", nullable: false),
                    Net = table.Column<long>(type: "INTEGER", nullable: false),
                    FromCommitment = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoldsReservation = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PreparedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaymentMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    ChequeNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ChequeDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TransferReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    JournalEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CertificateNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_Voucher", x => x.Id);
                    table.CheckConstraint("CK_Voucher_Amounts", "Gross > 0 AND Withheld >= 0 AND Withheld <= Gross AND Net = Gross - Withheld");
                    table.ForeignKey(
                        name: "FK_finance_Voucher_finance_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalTable: "finance_BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_Voucher_finance_JournalEntry_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_WithholdingTaxRate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IncomeTypeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RateBasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumPayment = table.Column<long>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_WithholdingTaxRate", x => x.Id);
                    table.CheckConstraint("CK_WithholdingTaxRate_Rate", "RateBasisPoints >= 0 AND RateBasisPoints <= 10000");
                });

            migrationBuilder.CreateTable(
                name: "finance_VoucherEvent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VoucherId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_VoucherEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_VoucherEvent_finance_Voucher_VoucherId",
                        column: x => x.VoucherId,
                        principalTable: "finance_Voucher",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_BankAccountId",
                table: "finance_Voucher",
                column: "BankAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_JournalEntryId",
                table: "finance_Voucher",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_LaoId_FiscalYear_CertificateNo",
                table: "finance_Voucher",
                columns: new[] { "LaoId", "FiscalYear", "CertificateNo" },
                unique: true,
                filter: "CertificateNo IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_LaoId_FiscalYear_VoucherNo",
                table: "finance_Voucher",
                columns: new[] { "LaoId", "FiscalYear", "VoucherNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_LaoId_PaidOn",
                table: "finance_Voucher",
                columns: new[] { "LaoId", "PaidOn" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_LaoId_SourceModule_SourceReference",
                table: "finance_Voucher",
                columns: new[] { "LaoId", "SourceModule", "SourceReference" },
                unique: true,
                filter: "SourceReference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Voucher_LaoId_Status_Id",
                table: "finance_Voucher",
                columns: new[] { "LaoId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_VoucherEvent_VoucherId_Id",
                table: "finance_VoucherEvent",
                columns: new[] { "VoucherId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_WithholdingTaxRate_IncomeTypeCode_EffectiveFrom",
                table: "finance_WithholdingTaxRate",
                columns: new[] { "IncomeTypeCode", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finance_VoucherEvent");

            migrationBuilder.DropTable(
                name: "finance_WithholdingTaxRate");

            migrationBuilder.DropTable(
                name: "finance_Voucher");
        }
    }
}
