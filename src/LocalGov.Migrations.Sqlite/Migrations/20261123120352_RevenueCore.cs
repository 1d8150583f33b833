using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevenueCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revenue_ReceiptBook",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    BookNo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    NextNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_ReceiptBook", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Summary",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Assessed = table.Column<long>(type: "INTEGER", nullable: false),
                    Collected = table.Column<long>(type: "INTEGER", nullable: false),
                    Penalties = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Summary", x => new { x.LaoId, x.FiscalYear, x.Kind, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "revenue_Taxpayer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HouseNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Village = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Road = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Subdistrict = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    District = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    MergedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MergedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Taxpayer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Taxpayer_revenue_Taxpayer_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Bill",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxpayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidPrincipal = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelledReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Bill", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Bill_revenue_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Receipt",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    BookId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TaxpayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PayerName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CancelledReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Receipt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Receipt_revenue_ReceiptBook_BookId",
                        column: x => x.BookId,
                        principalTable: "revenue_ReceiptBook",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revenue_Receipt_revenue_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_BillInstalment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BillId = table.Column<int>(type: "INTEGER", nullable: false),
                    No = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_BillInstalment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_BillInstalment_revenue_Bill_BillId",
                        column: x => x.BillId,
                        principalTable: "revenue_Bill",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revenue_ReceiptHandOff",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceiptId = table.Column<int>(type: "INTEGER", nullable: false),
                    Event = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PostedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_ReceiptHandOff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_ReceiptHandOff_revenue_Receipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "revenue_Receipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_ReceiptLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReceiptId = table.Column<int>(type: "INTEGER", nullable: false),
                    BillId = table.Column<int>(type: "INTEGER", nullable: false),
                    Principal = table.Column<long>(type: "INTEGER", nullable: false),
                    Surcharge = table.Column<long>(type: "INTEGER", nullable: false),
                    Interest = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_ReceiptLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_ReceiptLine_revenue_Bill_BillId",
                        column: x => x.BillId,
                        principalTable: "revenue_Bill",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revenue_ReceiptLine_revenue_Receipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalTable: "revenue_Receipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Bill_LaoId_Kind_TaxYear",
                table: "revenue_Bill",
                columns: new[] { "LaoId", "Kind", "TaxYear" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Bill_LaoId_Number",
                table: "revenue_Bill",
                columns: new[] { "LaoId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Bill_LaoId_SourceKey",
                table: "revenue_Bill",
                columns: new[] { "LaoId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Bill_LaoId_TaxpayerId_Status",
                table: "revenue_Bill",
                columns: new[] { "LaoId", "TaxpayerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Bill_TaxpayerId",
                table: "revenue_Bill",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_BillInstalment_BillId_No",
                table: "revenue_BillInstalment",
                columns: new[] { "BillId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Receipt_BookId_Number",
                table: "revenue_Receipt",
                columns: new[] { "BookId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Receipt_LaoId_IssuedOn",
                table: "revenue_Receipt",
                columns: new[] { "LaoId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Receipt_LaoId_TaxpayerId",
                table: "revenue_Receipt",
                columns: new[] { "LaoId", "TaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Receipt_TaxpayerId",
                table: "revenue_Receipt",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ReceiptBook_LaoId_BookNo",
                table: "revenue_ReceiptBook",
                columns: new[] { "LaoId", "BookNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ReceiptHandOff_ReceiptId_Event",
                table: "revenue_ReceiptHandOff",
                columns: new[] { "ReceiptId", "Event" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ReceiptHandOff_Status_LaoId",
                table: "revenue_ReceiptHandOff",
                columns: new[] { "Status", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ReceiptLine_BillId",
                table: "revenue_ReceiptLine",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ReceiptLine_ReceiptId",
                table: "revenue_ReceiptLine",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Summary_FiscalYear_ProvinceId_LaoType",
                table: "revenue_Summary",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Taxpayer_LaoId_FirstName",
                table: "revenue_Taxpayer",
                columns: new[] { "LaoId", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Taxpayer_LaoId_TaxId",
                table: "revenue_Taxpayer",
                columns: new[] { "LaoId", "TaxId" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Taxpayer_MergedIntoId",
                table: "revenue_Taxpayer",
                column: "MergedIntoId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revenue_BillInstalment");

            migrationBuilder.DropTable(
                name: "revenue_ReceiptHandOff");

            migrationBuilder.DropTable(
                name: "revenue_ReceiptLine");

            migrationBuilder.DropTable(
                name: "revenue_Summary");

            migrationBuilder.DropTable(
                name: "revenue_Bill");

            migrationBuilder.DropTable(
                name: "revenue_Receipt");

            migrationBuilder.DropTable(
                name: "revenue_ReceiptBook");

            migrationBuilder.DropTable(
                name: "revenue_Taxpayer");
        }
    }
}
