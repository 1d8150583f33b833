using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FinanceCash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "finance_BankStatement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    BankAccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosingBalance = table.Column<long>(type: "INTEGER", nullable: false),
                    ReconciledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReconciledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_BankStatement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_finance_BankStatement_finance_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalTable: "finance_BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_CashDeposit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DepositNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DepositedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BankAccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    JournalEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_CashDeposit", x => x.Id);
                    table.CheckConstraint("CK_CashDeposit_Amount", "Amount > 0");
                    table.ForeignKey(
                        name: "FK_finance_CashDeposit_finance_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalTable: "finance_BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_CashDeposit_finance_JournalEntry_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_CounterReceipt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    BankAccountId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    JournalEntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReversalEntryId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_CounterReceipt", x => x.Id);
                    table.CheckConstraint("CK_CounterReceipt_Total", "Total > 0");
                    table.ForeignKey(
                        name: "FK_finance_CounterReceipt_finance_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalTable: "finance_BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_CounterReceipt_finance_JournalEntry_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_CounterReceipt_finance_JournalEntry_ReversalEntryId",
                        column: x => x.ReversalEntryId,
                        principalTable: "finance_JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_BankStatementLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StatementId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Withdrawal = table.Column<long>(type: "INTEGER", nullable: false),
                    Deposit = table.Column<long>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    MatchedJournalLineId = table.Column<long>(type: "INTEGER", nullable: true),
                    MatchKind = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_BankStatementLine", x => x.Id);
                    table.CheckConstraint("CK_BankStatementLine_OneSide", "Withdrawal >= 0 AND Deposit >= 0 AND ((Withdrawal > 0 AND Deposit = 0) OR (Withdrawal = 0 AND Deposit > 0))");
                    table.ForeignKey(
                        name: "FK_finance_BankStatementLine_finance_BankStatement_StatementId",
                        column: x => x.StatementId,
                        principalTable: "finance_BankStatement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_finance_BankStatementLine_finance_JournalLine_MatchedJournalLineId",
                        column: x => x.MatchedJournalLineId,
                        principalTable: "finance_JournalLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "finance_CounterReceiptLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceiptId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_finance_CounterReceiptLine", x => x.Id);
                    table.CheckConstraint("CK_CounterReceiptLine_Amount", "Amount > 0");
                    table.ForeignKey(
                        name: "FK_finance_CounterReceiptLine_finance_Account_AccountId",
                        column: x => x.AccountId,
                        principalTable: "finance_Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_finance_CounterReceiptLine_finance_CounterReceipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "finance_CounterReceipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_finance_BankStatement_BankAccountId_MonthStart",
                table: "finance_BankStatement",
                columns: new[] { "BankAccountId", "MonthStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_BankStatement_LaoId",
                table: "finance_BankStatement",
                column: "LaoId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_BankStatementLine_MatchedJournalLineId",
                table: "finance_BankStatementLine",
                column: "MatchedJournalLineId",
                unique: true,
                filter: "MatchedJournalLineId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_finance_BankStatementLine_StatementId_LineNo",
                table: "finance_BankStatementLine",
                columns: new[] { "StatementId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_CashDeposit_BankAccountId",
                table: "finance_CashDeposit",
                column: "BankAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_CashDeposit_JournalEntryId",
                table: "finance_CashDeposit",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_CashDeposit_LaoId_DepositedOn",
                table: "finance_CashDeposit",
                columns: new[] { "LaoId", "DepositedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_CashDeposit_LaoId_FiscalYear_DepositNo",
                table: "finance_CashDeposit",
                columns: new[] { "LaoId", "FiscalYear", "DepositNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceipt_BankAccountId",
                table: "finance_CounterReceipt",
                column: "BankAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceipt_JournalEntryId",
                table: "finance_CounterReceipt",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceipt_LaoId_FiscalYear_ReceiptNo",
                table: "finance_CounterReceipt",
                columns: new[] { "LaoId", "FiscalYear", "ReceiptNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceipt_LaoId_ReceivedOn",
                table: "finance_CounterReceipt",
                columns: new[] { "LaoId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceipt_ReversalEntryId",
                table: "finance_CounterReceipt",
                column: "ReversalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceiptLine_AccountId",
                table: "finance_CounterReceiptLine",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_finance_CounterReceiptLine_ReceiptId_LineNo",
                table: "finance_CounterReceiptLine",
                columns: new[] { "ReceiptId", "LineNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "finance_BankStatementLine");

            migrationBuilder.DropTable(
                name: "finance_CashDeposit");

            migrationBuilder.DropTable(
                name: "finance_CounterReceiptLine");

            migrationBuilder.DropTable(
                name: "finance_BankStatement");

            migrationBuilder.DropTable(
                name: "finance_CounterReceipt");
        }
    }
}
