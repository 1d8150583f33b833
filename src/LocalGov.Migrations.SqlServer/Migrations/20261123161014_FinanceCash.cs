using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FinanceCash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BankStatement",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    BankAccountId = table.Column<int>(type: "int", nullable: false),
                    MonthStart = table.Column<DateOnly>(type: "date", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    ImportedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosingBalance = table.Column<long>(type: "bigint", nullable: false),
                    ReconciledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReconciledUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankStatement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BankStatement_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalSchema: "finance",
                        principalTable: "BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CashDeposit",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    DepositNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    DepositedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    BankAccountId = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    JournalEntryId = table.Column<int>(type: "int", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CashDeposit", x => x.Id);
                    table.CheckConstraint("CK_CashDeposit_Amount", "Amount > 0");
                    table.ForeignKey(
                        name: "FK_CashDeposit_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalSchema: "finance",
                        principalTable: "BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CashDeposit_JournalEntry_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounterReceipt",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ReceiptNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PayerName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Method = table.Column<int>(type: "int", nullable: false),
                    BankAccountId = table.Column<int>(type: "int", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    JournalEntryId = table.Column<int>(type: "int", nullable: false),
                    ReversalEntryId = table.Column<int>(type: "int", nullable: true),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CancelledReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CancelledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounterReceipt", x => x.Id);
                    table.CheckConstraint("CK_CounterReceipt_Total", "Total > 0");
                    table.ForeignKey(
                        name: "FK_CounterReceipt_BankAccount_BankAccountId",
                        column: x => x.BankAccountId,
                        principalSchema: "finance",
                        principalTable: "BankAccount",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounterReceipt_JournalEntry_JournalEntryId",
                        column: x => x.JournalEntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounterReceipt_JournalEntry_ReversalEntryId",
                        column: x => x.ReversalEntryId,
                        principalSchema: "finance",
                        principalTable: "JournalEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BankStatementLine",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StatementId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Withdrawal = table.Column<long>(type: "bigint", nullable: false),
                    Deposit = table.Column<long>(type: "bigint", nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    MatchedJournalLineId = table.Column<long>(type: "bigint", nullable: true),
                    MatchKind = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankStatementLine", x => x.Id);
                    table.CheckConstraint("CK_BankStatementLine_OneSide", "Withdrawal >= 0 AND Deposit >= 0 AND ((Withdrawal > 0 AND Deposit = 0) OR (Withdrawal = 0 AND Deposit > 0))");
                    table.ForeignKey(
                        name: "FK_BankStatementLine_BankStatement_StatementId",
                        column: x => x.StatementId,
                        principalSchema: "finance",
                        principalTable: "BankStatement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BankStatementLine_JournalLine_MatchedJournalLineId",
                        column: x => x.MatchedJournalLineId,
                        principalSchema: "finance",
                        principalTable: "JournalLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CounterReceiptLine",
                schema: "finance",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReceiptId = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    AccountId = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounterReceiptLine", x => x.Id);
                    table.CheckConstraint("CK_CounterReceiptLine_Amount", "Amount > 0");
                    table.ForeignKey(
                        name: "FK_CounterReceiptLine_Account_AccountId",
                        column: x => x.AccountId,
                        principalSchema: "finance",
                        principalTable: "Account",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounterReceiptLine_CounterReceipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalSchema: "finance",
                        principalTable: "CounterReceipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BankStatement_BankAccountId_MonthStart",
                schema: "finance",
                table: "BankStatement",
                columns: new[] { "BankAccountId", "MonthStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BankStatement_LaoId",
                schema: "finance",
                table: "BankStatement",
                column: "LaoId");

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementLine_MatchedJournalLineId",
                schema: "finance",
                table: "BankStatementLine",
                column: "MatchedJournalLineId",
                unique: true,
                filter: "MatchedJournalLineId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BankStatementLine_StatementId_LineNo",
                schema: "finance",
                table: "BankStatementLine",
                columns: new[] { "StatementId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CashDeposit_BankAccountId",
                schema: "finance",
                table: "CashDeposit",
                column: "BankAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CashDeposit_JournalEntryId",
                schema: "finance",
                table: "CashDeposit",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CashDeposit_LaoId_DepositedOn",
                schema: "finance",
                table: "CashDeposit",
                columns: new[] { "LaoId", "DepositedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CashDeposit_LaoId_FiscalYear_DepositNo",
                schema: "finance",
                table: "CashDeposit",
                columns: new[] { "LaoId", "FiscalYear", "DepositNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceipt_BankAccountId",
                schema: "finance",
                table: "CounterReceipt",
                column: "BankAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceipt_JournalEntryId",
                schema: "finance",
                table: "CounterReceipt",
                column: "JournalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceipt_LaoId_FiscalYear_ReceiptNo",
                schema: "finance",
                table: "CounterReceipt",
                columns: new[] { "LaoId", "FiscalYear", "ReceiptNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceipt_LaoId_ReceivedOn",
                schema: "finance",
                table: "CounterReceipt",
                columns: new[] { "LaoId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceipt_ReversalEntryId",
                schema: "finance",
                table: "CounterReceipt",
                column: "ReversalEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceiptLine_AccountId",
                schema: "finance",
                table: "CounterReceiptLine",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CounterReceiptLine_ReceiptId_LineNo",
                schema: "finance",
                table: "CounterReceiptLine",
                columns: new[] { "ReceiptId", "LineNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BankStatementLine",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "CashDeposit",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "CounterReceiptLine",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "BankStatement",
                schema: "finance");

            migrationBuilder.DropTable(
                name: "CounterReceipt",
                schema: "finance");
        }
    }
}
