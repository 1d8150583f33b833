using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RevenueRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FeeItem",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Period = table.Column<int>(type: "int", nullable: false),
                    IssuesLicence = table.Column<bool>(type: "bit", nullable: false),
                    ValidityMonths = table.Column<int>(type: "int", nullable: true),
                    Active = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeeItem", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sign",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    TaxpayerId = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Moving = table.Column<bool>(type: "bit", nullable: false),
                    WidthCm = table.Column<int>(type: "int", nullable: false),
                    HeightCm = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Location = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RemovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sign", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sign_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignboardRate",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Type = table.Column<int>(type: "int", nullable: false),
                    Moving = table.Column<bool>(type: "bit", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    RatePer500Cm2 = table.Column<long>(type: "bigint", nullable: false),
                    MinimumPerSign = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignboardRate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Licence",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    TaxpayerId = table.Column<int>(type: "int", nullable: false),
                    FeeItemId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Premises = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RenewedFromId = table.Column<int>(type: "int", nullable: true),
                    BillId = table.Column<int>(type: "int", nullable: true),
                    IssuedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Licence_Bill_BillId",
                        column: x => x.BillId,
                        principalSchema: "revenue",
                        principalTable: "Bill",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Licence_FeeItem_FeeItemId",
                        column: x => x.FeeItemId,
                        principalSchema: "revenue",
                        principalTable: "FeeItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Licence_Licence_RenewedFromId",
                        column: x => x.RenewedFromId,
                        principalSchema: "revenue",
                        principalTable: "Licence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Licence_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FeeItem_LaoId_Code",
                schema: "revenue",
                table: "FeeItem",
                columns: new[] { "LaoId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licence_BillId",
                schema: "revenue",
                table: "Licence",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_Licence_FeeItemId",
                schema: "revenue",
                table: "Licence",
                column: "FeeItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Licence_LaoId_Status_ExpiresOn",
                schema: "revenue",
                table: "Licence",
                columns: new[] { "LaoId", "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Licence_LaoId_TaxpayerId",
                schema: "revenue",
                table: "Licence",
                columns: new[] { "LaoId", "TaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Licence_LaoId_Year_Sequence",
                schema: "revenue",
                table: "Licence",
                columns: new[] { "LaoId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licence_RenewedFromId",
                schema: "revenue",
                table: "Licence",
                column: "RenewedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_Licence_TaxpayerId",
                schema: "revenue",
                table: "Licence",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_Sign_LaoId_InstalledOn",
                schema: "revenue",
                table: "Sign",
                columns: new[] { "LaoId", "InstalledOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Sign_LaoId_TaxpayerId",
                schema: "revenue",
                table: "Sign",
                columns: new[] { "LaoId", "TaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Sign_TaxpayerId",
                schema: "revenue",
                table: "Sign",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_SignboardRate_Type_Moving_EffectiveFrom",
                schema: "revenue",
                table: "SignboardRate",
                columns: new[] { "Type", "Moving", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Licence",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Sign",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "SignboardRate",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "FeeItem",
                schema: "revenue");
        }
    }
}
