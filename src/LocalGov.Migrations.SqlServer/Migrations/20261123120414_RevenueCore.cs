using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RevenueCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "revenue");

            migrationBuilder.CreateTable(
                name: "ReceiptBook",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    BookNo = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    NextNumber = table.Column<int>(type: "int", nullable: false),
                    Closed = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptBook", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Summary",
                schema: "revenue",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Assessed = table.Column<long>(type: "bigint", nullable: false),
                    Collected = table.Column<long>(type: "bigint", nullable: false),
                    Penalties = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Summary", x => new { x.LaoId, x.FiscalYear, x.Kind, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "Taxpayer",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TaxId = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LastName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    HouseNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Village = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Road = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Subdistrict = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    District = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Province = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PostalCode = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true),
                    MergedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MergedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taxpayer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Taxpayer_Taxpayer_MergedIntoId",
                        column: x => x.MergedIntoId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bill",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    TaxpayerId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    TaxYear = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SourceKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    PaidPrincipal = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    CancelledReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bill", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bill_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Receipt",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    BookId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ReceiptNo = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TaxpayerId = table.Column<int>(type: "int", nullable: false),
                    PayerName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Method = table.Column<int>(type: "int", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CancelledReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CancelledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CancelledUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Receipt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Receipt_ReceiptBook_BookId",
                        column: x => x.BookId,
                        principalSchema: "revenue",
                        principalTable: "ReceiptBook",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Receipt_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BillInstalment",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BillId = table.Column<int>(type: "int", nullable: false),
                    No = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BillInstalment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BillInstalment_Bill_BillId",
                        column: x => x.BillId,
                        principalSchema: "revenue",
                        principalTable: "Bill",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptHandOff",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ReceiptId = table.Column<int>(type: "int", nullable: false),
                    Event = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PostedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptHandOff", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceiptHandOff_Receipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalSchema: "revenue",
                        principalTable: "Receipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReceiptLine",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReceiptId = table.Column<int>(type: "int", nullable: false),
                    BillId = table.Column<int>(type: "int", nullable: false),
                    Principal = table.Column<long>(type: "bigint", nullable: false),
                    Surcharge = table.Column<long>(type: "bigint", nullable: false),
                    Interest = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceiptLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReceiptLine_Bill_BillId",
                        column: x => x.BillId,
                        principalSchema: "revenue",
                        principalTable: "Bill",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReceiptLine_Receipt_ReceiptId",
                        column: x => x.ReceiptId,
                        principalSchema: "revenue",
                        principalTable: "Receipt",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bill_LaoId_Kind_TaxYear",
                schema: "revenue",
                table: "Bill",
                columns: new[] { "LaoId", "Kind", "TaxYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Bill_LaoId_Number",
                schema: "revenue",
                table: "Bill",
                columns: new[] { "LaoId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bill_LaoId_SourceKey",
                schema: "revenue",
                table: "Bill",
                columns: new[] { "LaoId", "SourceKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bill_LaoId_TaxpayerId_Status",
                schema: "revenue",
                table: "Bill",
                columns: new[] { "LaoId", "TaxpayerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bill_TaxpayerId",
                schema: "revenue",
                table: "Bill",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_BillInstalment_BillId_No",
                schema: "revenue",
                table: "BillInstalment",
                columns: new[] { "BillId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receipt_BookId_Number",
                schema: "revenue",
                table: "Receipt",
                columns: new[] { "BookId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receipt_LaoId_IssuedOn",
                schema: "revenue",
                table: "Receipt",
                columns: new[] { "LaoId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Receipt_LaoId_TaxpayerId",
                schema: "revenue",
                table: "Receipt",
                columns: new[] { "LaoId", "TaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Receipt_TaxpayerId",
                schema: "revenue",
                table: "Receipt",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptBook_LaoId_BookNo",
                schema: "revenue",
                table: "ReceiptBook",
                columns: new[] { "LaoId", "BookNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptHandOff_ReceiptId_Event",
                schema: "revenue",
                table: "ReceiptHandOff",
                columns: new[] { "ReceiptId", "Event" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptHandOff_Status_LaoId",
                schema: "revenue",
                table: "ReceiptHandOff",
                columns: new[] { "Status", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptLine_BillId",
                schema: "revenue",
                table: "ReceiptLine",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_ReceiptLine_ReceiptId",
                schema: "revenue",
                table: "ReceiptLine",
                column: "ReceiptId");

            migrationBuilder.CreateIndex(
                name: "IX_Summary_FiscalYear_ProvinceId_LaoType",
                schema: "revenue",
                table: "Summary",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_Taxpayer_LaoId_FirstName",
                schema: "revenue",
                table: "Taxpayer",
                columns: new[] { "LaoId", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Taxpayer_LaoId_TaxId",
                schema: "revenue",
                table: "Taxpayer",
                columns: new[] { "LaoId", "TaxId" });

            migrationBuilder.CreateIndex(
                name: "IX_Taxpayer_MergedIntoId",
                schema: "revenue",
                table: "Taxpayer",
                column: "MergedIntoId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BillInstalment",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "ReceiptHandOff",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "ReceiptLine",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Summary",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Bill",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Receipt",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "ReceiptBook",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Taxpayer",
                schema: "revenue");
        }
    }
}
