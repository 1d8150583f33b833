using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FinanceCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "finance");

            migrationBuilder.CreateTable(
                name: "Account",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true),
                    IsPostable = table.Column<bool>(type: "bit", nullable: false),
                    Role = table.Column<int>(type: "int", nullable: true),
                    BudgetCategoryCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    EffectiveToYear = table.Column<int>(type: "int", nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Account", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Account_Account_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "finance",
                        principalTable: "Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClosedPeriod",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Period = table.Column<int>(type: "int", nullable: false),
                    ClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosedPeriod", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocumentSequence",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Series = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    LastNumber = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocumentSequence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceSummary",
                schema: "finance",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    RevenueActual = table.Column<long>(type: "bigint", nullable: false),
                    ExpenseActual = table.Column<long>(type: "bigint", nullable: false),
                    BudgetDisbursed = table.Column<long>(type: "bigint", nullable: false),
                    CashAndDeposits = table.Column<long>(type: "bigint", nullable: false),
                    AccumulatedFunds = table.Column<long>(type: "bigint", nullable: false),
                    Liabilities = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceSummary", x => new { x.LaoId, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "Fund",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fund", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BankAccount",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    BankName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Branch = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AccountNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    AccountName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    LedgerAccountId = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankAccount", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankAccount_Account_LedgerAccountId",
                        column: x => x.LedgerAccountId,
                        principalSchema: "finance",
                        principalTable: "Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalEntry",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Period = table.Column<int>(type: "int", nullable: false),
                    EntryNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    EntryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FundId = table.Column<int>(type: "int", nullable: false),
                    SourceModule = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SourceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    TotalDebit = table.Column<long>(type: "bigint", nullable: false),
                    TotalCredit = table.Column<long>(type: "bigint", nullable: false),
                    ReversalOfId = table.Column<int>(type: "int", nullable: true),
                    ReversedById = table.Column<int>(type: "int", nullable: true),
                    PostedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PostedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalEntry", x => x.Id);
                    table.CheckConstraint("CK_JournalEntry_Balanced", "TotalDebit = TotalCredit AND TotalDebit > 0");
                    table.CheckConstraint("CK_JournalEntry_Period", "Period >= 0 AND Period <= 13");
                    table.ForeignKey(
                        name: "FK_JournalEntry_Fund_FundId",
                        column: x => x.FundId,
                        principalSchema: "finance",
                        principalTable: "Fund",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalEntry_JournalEntry_ReversalOfId",
                        column: x => x.ReversalOfId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FiscalYearClose",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ClosingEntryId = table.Column<int>(type: "int", nullable: false),
                    OpeningEntryId = table.Column<int>(type: "int", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FiscalYearClose", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FiscalYearClose_JournalEntry_ClosingEntryId",
                        column: x => x.ClosingEntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FiscalYearClose_JournalEntry_OpeningEntryId",
                        column: x => x.OpeningEntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JournalLine",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Period = table.Column<int>(type: "int", nullable: false),
                    EntryDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    Debit = table.Column<long>(type: "bigint", nullable: false),
                    Credit = table.Column<long>(type: "bigint", nullable: false),
                    BudgetLineId = table.Column<int>(type: "int", nullable: true),
                    BankAccountId = table.Column<int>(type: "int", nullable: true),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JournalLine", x => x.Id);
                    table.CheckConstraint("CK_JournalLine_DebitOrCredit", "Debit >= 0 AND Credit >= 0 AND ((Debit > 0 AND Credit = 0) OR (Debit = 0 AND Credit > 0))");
                    table.ForeignKey(
                        name: "FK_JournalLine_Account_AccountId",
                        column: x => x.AccountId,
                        principalSchema: "finance",
                        principalTable: "Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalLine_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalSchema: "finance",
                        principalTable: "BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JournalLine_JournalEntry_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Account_Code_EffectiveFromYear",
                schema: "finance",
                table: "Account",
                columns: new[] { "Code", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Account_ParentId",
                schema: "finance",
                table: "Account",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Account_Role",
                schema: "finance",
                table: "Account",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_BankAccount_LaoId_AccountNumber",
                schema: "finance",
                table: "BankAccount",
                columns: new[] { "LaoId", "AccountNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankAccount_LedgerAccountId",
                schema: "finance",
                table: "BankAccount",
                column: "LedgerAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ClosedPeriod_LaoId_FiscalYear_Period",
                schema: "finance",
                table: "ClosedPeriod",
                columns: new[] { "LaoId", "FiscalYear", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSequence_LaoId_FiscalYear_Series",
                schema: "finance",
                table: "DocumentSequence",
                columns: new[] { "LaoId", "FiscalYear", "Series" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FinanceSummary_FiscalYear_LaoType",
                schema: "finance",
                table: "FinanceSummary",
                columns: new[] { "FiscalYear", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceSummary_FiscalYear_ProvinceId",
                schema: "finance",
                table: "FinanceSummary",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_FiscalYearClose_ClosingEntryId",
                schema: "finance",
                table: "FiscalYearClose",
                column: "ClosingEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_FiscalYearClose_LaoId_FiscalYear",
                schema: "finance",
                table: "FiscalYearClose",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FiscalYearClose_OpeningEntryId",
                schema: "finance",
                table: "FiscalYearClose",
                column: "OpeningEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Fund_Code",
                schema: "finance",
                table: "Fund",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntry_FundId",
                schema: "finance",
                table: "JournalEntry",
                column: "FundId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntry_LaoId_EntryDate",
                schema: "finance",
                table: "JournalEntry",
                columns: new[] { "LaoId", "EntryDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntry_LaoId_FiscalYear_EntryNo",
                schema: "finance",
                table: "JournalEntry",
                columns: new[] { "LaoId", "FiscalYear", "EntryNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntry_LaoId_SourceModule_SourceReference",
                schema: "finance",
                table: "JournalEntry",
                columns: new[] { "LaoId", "SourceModule", "SourceReference" },
                unique: true,
                filter: "SourceReference IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_JournalEntry_ReversalOfId",
                schema: "finance",
                table: "JournalEntry",
                column: "ReversalOfId",
                unique: true,
                filter: "ReversalOfId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLine_AccountId",
                schema: "finance",
                table: "JournalLine",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_JournalLine_BankAccountId_EntryDate",
                schema: "finance",
                table: "JournalLine",
                columns: new[] { "BankAccountId", "EntryDate" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalLine_EntryId_LineNo",
                schema: "finance",
                table: "JournalLine",
                columns: new[] { "EntryId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JournalLine_LaoId_FiscalYear_AccountId_Period_Debit_Credit",
                schema: "finance",
                table: "JournalLine",
                columns: new[] { "LaoId", "FiscalYear", "AccountId", "Period", "Debit", "Credit" });

            migrationBuilder.CreateIndex(
                name: "IX_JournalLine_LaoId_FiscalYear_BudgetLineId_Period_Debit_Credit",
                schema: "finance",
                table: "JournalLine",
                columns: new[] { "LaoId", "FiscalYear", "BudgetLineId", "Period", "Debit", "Credit" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClosedPeriod",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "DocumentSequence",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FinanceSummary",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "FiscalYearClose",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "JournalLine",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "BankAccount",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "JournalEntry",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Account",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "Fund",
                schema: "finance");
        }
    }
}
