using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevenueLandTax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "revenue_Assessment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxYear = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxpayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcelCount = table.Column<int>(type: "INTEGER", nullable: false),
                    BuildingCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalValue = table.Column<long>(type: "INTEGER", nullable: false),
                    Tax = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ResultHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Assessment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Assessment_revenue_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_BuildingDepreciation",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FromAge = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_BuildingDepreciation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_BuildingPrice",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PricePerSquareMetre = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_BuildingPrice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_LandTaxCalendar",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DueMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDay = table.Column<int>(type: "INTEGER", nullable: false),
                    InstalmentMinimum = table.Column<long>(type: "INTEGER", nullable: false),
                    InstalmentCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_LandTaxCalendar", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_LandTaxRateBracket",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LowerBound = table.Column<long>(type: "INTEGER", nullable: false),
                    UpperBound = table.Column<long>(type: "INTEGER", nullable: true),
                    RatePercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_LandTaxRateBracket", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_LandTaxRelief",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: true),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: true),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ReductionPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_LandTaxRelief", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Parcel",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerTaxpayerId = table.Column<int>(type: "INTEGER", nullable: false),
                    DeedType = table.Column<int>(type: "INTEGER", nullable: false),
                    DeedNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LandNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Rai = table.Column<int>(type: "INTEGER", nullable: false),
                    Ngan = table.Column<int>(type: "INTEGER", nullable: false),
                    SquareWah = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    VillageNo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Subdistrict = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PricePerSquareWah = table.Column<long>(type: "INTEGER", nullable: false),
                    PriceEffectiveYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Parcel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Parcel_revenue_Taxpayer_OwnerTaxpayerId",
                        column: x => x.OwnerTaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_VacantEscalationRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StepYears = table.Column<int>(type: "INTEGER", nullable: false),
                    StepPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    MaxTotalPercent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_VacantEscalationRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "revenue_AssessmentLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    No = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<int>(type: "INTEGER", nullable: false),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    UnitPrice = table.Column<long>(type: "INTEGER", nullable: true),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: true),
                    Base = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_AssessmentLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_AssessmentLine_revenue_Assessment_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "revenue_Assessment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revenue_Building",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerTaxpayerId = table.Column<int>(type: "INTEGER", nullable: true),
                    BuildingTypeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FloorAreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_Building", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_Building_revenue_Parcel_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "revenue_Parcel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_revenue_Building_revenue_Taxpayer_OwnerTaxpayerId",
                        column: x => x.OwnerTaxpayerId,
                        principalTable: "revenue_Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "revenue_ParcelUse",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParcelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaSquareWah = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    VacantSinceYear = table.Column<int>(type: "INTEGER", nullable: true),
                    IndividualFarmer = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_ParcelUse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_ParcelUse_revenue_Parcel_ParcelId",
                        column: x => x.ParcelId,
                        principalTable: "revenue_Parcel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "revenue_BuildingUse",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BuildingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FloorAreaSquareMetres = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    VacantSinceYear = table.Column<int>(type: "INTEGER", nullable: true),
                    IndividualFarmer = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revenue_BuildingUse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_revenue_BuildingUse_revenue_Building_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "revenue_Building",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Assessment_LaoId_TaxYear_TaxpayerId",
                table: "revenue_Assessment",
                columns: new[] { "LaoId", "TaxYear", "TaxpayerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Assessment_TaxpayerId",
                table: "revenue_Assessment",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_AssessmentLine_AssessmentId_No",
                table: "revenue_AssessmentLine",
                columns: new[] { "AssessmentId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Building_OwnerTaxpayerId",
                table: "revenue_Building",
                column: "OwnerTaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Building_ParcelId",
                table: "revenue_Building",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_BuildingDepreciation_EffectiveFromYear_FromAge",
                table: "revenue_BuildingDepreciation",
                columns: new[] { "EffectiveFromYear", "FromAge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_BuildingPrice_Code_EffectiveFromYear",
                table: "revenue_BuildingPrice",
                columns: new[] { "Code", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_BuildingUse_BuildingId",
                table: "revenue_BuildingUse",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_LandTaxCalendar_EffectiveFromYear",
                table: "revenue_LandTaxCalendar",
                column: "EffectiveFromYear",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_LandTaxRateBracket_Bucket_EffectiveFromYear_LowerBound",
                table: "revenue_LandTaxRateBracket",
                columns: new[] { "Bucket", "EffectiveFromYear", "LowerBound" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_LandTaxRelief_FromYear_ToYear",
                table: "revenue_LandTaxRelief",
                columns: new[] { "FromYear", "ToYear" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Parcel_LaoId_DeedType_DeedNumber",
                table: "revenue_Parcel",
                columns: new[] { "LaoId", "DeedType", "DeedNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Parcel_LaoId_OwnerTaxpayerId",
                table: "revenue_Parcel",
                columns: new[] { "LaoId", "OwnerTaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Parcel_OwnerTaxpayerId",
                table: "revenue_Parcel",
                column: "OwnerTaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_ParcelUse_ParcelId",
                table: "revenue_ParcelUse",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_VacantEscalationRule_EffectiveFromYear",
                table: "revenue_VacantEscalationRule",
                column: "EffectiveFromYear",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "revenue_AssessmentLine");

            migrationBuilder.DropTable(
                name: "revenue_BuildingDepreciation");

            migrationBuilder.DropTable(
                name: "revenue_BuildingPrice");

            migrationBuilder.DropTable(
                name: "revenue_BuildingUse");

            migrationBuilder.DropTable(
                name: "revenue_LandTaxCalendar");

            migrationBuilder.DropTable(
                name: "revenue_LandTaxRateBracket");

            migrationBuilder.DropTable(
                name: "revenue_LandTaxRelief");

            migrationBuilder.DropTable(
                name: "revenue_ParcelUse");

            migrationBuilder.DropTable(
                name: "revenue_VacantEscalationRule");

            migrationBuilder.DropTable(
                name: "revenue_Assessment");

            migrationBuilder.DropTable(
                name: "revenue_Building");

            migrationBuilder.DropTable(
                name: "revenue_Parcel");
        }
    }
}
