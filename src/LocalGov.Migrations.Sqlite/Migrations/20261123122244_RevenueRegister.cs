using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevenueRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revenue_FeeItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuesLicence = table.Column<bool>(type: "INTEGER", nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_FeeItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Sign",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxpayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Moving = table.Column<bool>(type: "INTEGER", nullable: false),
                    WidthCm = table.Column<int>(type: "INTEGER", nullable: false),
                    HeightCm = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    InstalledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Sign", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Sign_revenue_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_SignboardRate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Moving = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RatePer500Cm2 = table.Column<long>(type: "INTEGER", nullable: false),
                    MinimumPerSign = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_SignboardRate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Licence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxpayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Premises = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RenewedFromId = table.Column<int>(type: "INTEGER", nullable: true),
                    BillId = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Licence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Licence_revenue_Bill_BillId",
                        column: x => x.BillId,
                        principalTable: "revenue_Bill",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revenue_Licence_revenue_FeeItem_FeeItemId",
                        column: x => x.FeeItemId,
                        principalTable: "revenue_FeeItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revenue_Licence_revenue_Licence_RenewedFromId",
                        column: x => x.RenewedFromId,
                        principalTable: "revenue_Licence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_revenue_Licence_revenue_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_FeeItem_LaoId_Code",
                table: "revenue_FeeItem",
                columns: new[] { "LaoId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_BillId",
                table: "revenue_Licence",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_FeeItemId",
                table: "revenue_Licence",
                column: "FeeItemId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_LaoId_Status_ExpiresOn",
                table: "revenue_Licence",
                columns: new[] { "LaoId", "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_LaoId_TaxpayerId",
                table: "revenue_Licence",
                columns: new[] { "LaoId", "TaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_LaoId_Year_Sequence",
                table: "revenue_Licence",
                columns: new[] { "LaoId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_RenewedFromId",
                table: "revenue_Licence",
                column: "RenewedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Licence_TaxpayerId",
                table: "revenue_Licence",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Sign_LaoId_InstalledOn",
                table: "revenue_Sign",
                columns: new[] { "LaoId", "InstalledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Sign_LaoId_TaxpayerId",
                table: "revenue_Sign",
                columns: new[] { "LaoId", "TaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Sign_TaxpayerId",
                table: "revenue_Sign",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_SignboardRate_Type_Moving_EffectiveFrom",
                table: "revenue_SignboardRate",
                columns: new[] { "Type", "Moving", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revenue_Licence");

            migrationBuilder.DropTable(
                name: "revenue_Sign");

            migrationBuilder.DropTable(
                name: "revenue_SignboardRate");

            migrationBuilder.DropTable(
                name: "revenue_FeeItem");
        }
    }
}
