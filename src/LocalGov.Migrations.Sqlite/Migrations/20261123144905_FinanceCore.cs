using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FinanceCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finance_Account",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsPostable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: true),
                    BudgetCategoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_Account", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_Account_finance_Account_ParentId",
                        column: x => x.ParentId,
                        principalTable: "finance_Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_ClosedPeriod",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_ClosedPeriod", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_DocumentSequence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Series = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_DocumentSequence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_FinanceSummary",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueActual = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpenseActual = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetDisbursed = table.Column<long>(type: "INTEGER", nullable: false),
                    CashAndDeposits = table.Column<long>(type: "INTEGER", nullable: false),
                    AccumulatedFunds = table.Column<long>(type: "INTEGER", nullable: false),
                    Liabilities = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FinanceSummary", x => new { x.LaoId, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "finance_Fund",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_Fund", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "finance_BankAccount",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    LedgerAccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_BankAccount", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_BankAccount_finance_Account_LedgerAccountId",
                        column: x => x.LedgerAccountId,
                        principalTable: "finance_Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_JournalEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EntryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FundId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TotalDebit = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalCredit = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversalOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReversedById = table.Column<int>(type: "INTEGER", nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_JournalEntry", x => x.Id);
                    table.CheckConstraint("CK_JournalEntry_Balanced", "TotalDebit = TotalCredit AND TotalDebit > 0");
                    table.CheckConstraint("CK_JournalEntry_Period", "Period >= 0 AND Period <= 13");
                    table.ForeignKey(
                        name: "FK_finance_JournalEntry_finance_Fund_FundId",
                        column: x => x.FundId,
                        principalTable: "finance_Fund",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_JournalEntry_finance_JournalEntry_ReversalOfId",
                        column: x => x.ReversalOfId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_FiscalYearClose",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ClosingEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpeningEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_FiscalYearClose", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_FiscalYearClose_finance_JournalEntry_ClosingEntryId",
                        column: x => x.ClosingEntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_FiscalYearClose_finance_JournalEntry_OpeningEntryId",
                        column: x => x.OpeningEntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_JournalLine",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Debit = table.Column<long>(type: "INTEGER", nullable: false),
                    Credit = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: true),
                    BankAccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_JournalLine", x => x.Id);
                    table.CheckConstraint("CK_JournalLine_DebitOrCredit", "Debit >= 0 AND Credit >= 0 AND ((Debit > 0 AND Credit = 0) OR (Debit = 0 AND Credit > 0))");
                    table.ForeignKey(
                        name: "FK_finance_JournalLine_finance_Account_AccountId",
                        column: x => x.AccountId,
                        principalTable: "finance_Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_JournalLine_finance_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalTable: "finance_BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_JournalLine_finance_JournalEntry_EntryId",
                        column: x => x.EntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_finance_Account_Code_EffectiveFromYear",
                table: "finance_Account",
                columns: new[] { "Code", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_Account_ParentId",
                table: "finance_Account",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Account_Role",
                table: "finance_Account",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_finance_BankAccount_LaoId_AccountNumber",
                table: "finance_BankAccount",
                columns: new[] { "LaoId", "AccountNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_BankAccount_LedgerAccountId",
                table: "finance_BankAccount",
                column: "LedgerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_ClosedPeriod_LaoId_FiscalYear_Period",
                table: "finance_ClosedPeriod",
                columns: new[] { "LaoId", "FiscalYear", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_DocumentSequence_LaoId_FiscalYear_Series",
                table: "finance_DocumentSequence",
                columns: new[] { "LaoId", "FiscalYear", "Series" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_FinanceSummary_FiscalYear_LaoType",
                table: "finance_FinanceSummary",
                columns: new[] { "FiscalYear", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_FinanceSummary_FiscalYear_ProvinceId",
                table: "finance_FinanceSummary",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_FiscalYearClose_ClosingEntryId",
                table: "finance_FiscalYearClose",
                column: "ClosingEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_FiscalYearClose_LaoId_FiscalYear",
                table: "finance_FiscalYearClose",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_FiscalYearClose_OpeningEntryId",
                table: "finance_FiscalYearClose",
                column: "OpeningEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_Fund_Code",
                table: "finance_Fund",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalEntry_FundId",
                table: "finance_JournalEntry",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalEntry_LaoId_EntryDate",
                table: "finance_JournalEntry",
                columns: new[] { "LaoId", "EntryDate" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalEntry_LaoId_FiscalYear_EntryNo",
                table: "finance_JournalEntry",
                columns: new[] { "LaoId", "FiscalYear", "EntryNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalEntry_LaoId_SourceModule_SourceReference",
                table: "finance_JournalEntry",
                columns: new[] { "LaoId", "SourceModule", "SourceReference" },
                unique: true,
                filter: "SourceReference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalEntry_ReversalOfId",
                table: "finance_JournalEntry",
                column: "ReversalOfId",
                unique: true,
                filter: "ReversalOfId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalLine_AccountId",
                table: "finance_JournalLine",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalLine_BankAccountId_EntryDate",
                table: "finance_JournalLine",
                columns: new[] { "BankAccountId", "EntryDate" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalLine_EntryId_LineNo",
                table: "finance_JournalLine",
                columns: new[] { "EntryId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalLine_LaoId_FiscalYear_AccountId_Period_Debit_Credit",
                table: "finance_JournalLine",
                columns: new[] { "LaoId", "FiscalYear", "AccountId", "Period", "Debit", "Credit" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_JournalLine_LaoId_FiscalYear_BudgetLineId_Period_Debit_Credit",
                table: "finance_JournalLine",
                columns: new[] { "LaoId", "FiscalYear", "BudgetLineId", "Period", "Debit", "Credit" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finance_ClosedPeriod");

            migrationBuilder.DropTable(
                name: "finance_DocumentSequence");

            migrationBuilder.DropTable(
                name: "finance_FinanceSummary");

            migrationBuilder.DropTable(
                name: "finance_FiscalYearClose");

            migrationBuilder.DropTable(
                name: "finance_JournalLine");

            migrationBuilder.DropTable(
                name: "finance_BankAccount");

            migrationBuilder.DropTable(
                name: "finance_JournalEntry");

            migrationBuilder.DropTable(
                name: "finance_Account");

            migrationBuilder.DropTable(
                name: "finance_Fund");
        }
    }
}
