using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RevenueLandTax : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessment",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    TaxYear = table.Column<int>(type: "int", nullable: false),
                    TaxpayerId = table.Column<int>(type: "int", nullable: false),
                    ParcelCount = table.Column<int>(type: "int", nullable: false),
                    BuildingCount = table.Column<int>(type: "int", nullable: false),
                    TotalValue = table.Column<long>(type: "bigint", nullable: false),
                    Tax = table.Column<long>(type: "bigint", nullable: false),
                    SourceKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ResultHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ComputedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ComputedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessment_Taxpayer_TaxpayerId",
                        column: x => x.TaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BuildingDepreciation",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    FromAge = table.Column<int>(type: "int", nullable: false),
                    Percent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuildingDepreciation", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BuildingPrice",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    PricePerSquareMetre = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuildingPrice", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LandTaxCalendar",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    DueMonth = table.Column<int>(type: "int", nullable: false),
                    DueDay = table.Column<int>(type: "int", nullable: false),
                    InstalmentMinimum = table.Column<long>(type: "bigint", nullable: false),
                    InstalmentCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandTaxCalendar", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LandTaxRateBracket",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Bucket = table.Column<int>(type: "int", nullable: false),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    LowerBound = table.Column<long>(type: "bigint", nullable: false),
                    UpperBound = table.Column<long>(type: "bigint", nullable: true),
                    RatePercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandTaxRateBracket", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LandTaxRelief",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: true),
                    Bucket = table.Column<int>(type: "int", nullable: true),
                    FromYear = table.Column<int>(type: "int", nullable: false),
                    ToYear = table.Column<int>(type: "int", nullable: false),
                    ReductionPercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandTaxRelief", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Parcel",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    OwnerTaxpayerId = table.Column<int>(type: "int", nullable: false),
                    DeedType = table.Column<int>(type: "int", nullable: false),
                    DeedNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    LandNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Rai = table.Column<int>(type: "int", nullable: false),
                    Ngan = table.Column<int>(type: "int", nullable: false),
                    SquareWah = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    VillageNo = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Subdistrict = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PricePerSquareWah = table.Column<long>(type: "bigint", nullable: false),
                    PriceEffectiveYear = table.Column<int>(type: "int", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Parcel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Parcel_Taxpayer_OwnerTaxpayerId",
                        column: x => x.OwnerTaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VacantEscalationRule",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    StepYears = table.Column<int>(type: "int", nullable: false),
                    StepPercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false),
                    MaxTotalPercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacantEscalationRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentLine",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    No = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Bucket = table.Column<int>(type: "int", nullable: false),
                    ParcelId = table.Column<int>(type: "int", nullable: true),
                    Label = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Quantity = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: true),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: true),
                    Percent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: true),
                    Base = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentLine_Assessment_AssessmentId",
                        column: x => x.AssessmentId,
                        principalSchema: "revenue",
                        principalTable: "Assessment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Building",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParcelId = table.Column<int>(type: "int", nullable: false),
                    OwnerTaxpayerId = table.Column<int>(type: "int", nullable: true),
                    BuildingTypeCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FloorAreaSquareMetres = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    YearBuilt = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Building", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Building_Parcel_ParcelId",
                        column: x => x.ParcelId,
                        principalSchema: "revenue",
                        principalTable: "Parcel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Building_Taxpayer_OwnerTaxpayerId",
                        column: x => x.OwnerTaxpayerId,
                        principalSchema: "revenue",
                        principalTable: "Taxpayer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParcelUse",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ParcelId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    AreaSquareWah = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    VacantSinceYear = table.Column<int>(type: "int", nullable: true),
                    IndividualFarmer = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParcelUse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParcelUse_Parcel_ParcelId",
                        column: x => x.ParcelId,
                        principalSchema: "revenue",
                        principalTable: "Parcel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuildingUse",
                schema: "revenue",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BuildingId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FloorAreaSquareMetres = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: false),
                    VacantSinceYear = table.Column<int>(type: "int", nullable: true),
                    IndividualFarmer = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuildingUse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuildingUse_Building_BuildingId",
                        column: x => x.BuildingId,
                        principalSchema: "revenue",
                        principalTable: "Building",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assessment_LaoId_TaxYear_TaxpayerId",
                schema: "revenue",
                table: "Assessment",
                columns: new[] { "LaoId", "TaxYear", "TaxpayerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assessment_TaxpayerId",
                schema: "revenue",
                table: "Assessment",
                column: "TaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentLine_AssessmentId_No",
                schema: "revenue",
                table: "AssessmentLine",
                columns: new[] { "AssessmentId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Building_OwnerTaxpayerId",
                schema: "revenue",
                table: "Building",
                column: "OwnerTaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_Building_ParcelId",
                schema: "revenue",
                table: "Building",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_BuildingDepreciation_EffectiveFromYear_FromAge",
                schema: "revenue",
                table: "BuildingDepreciation",
                columns: new[] { "EffectiveFromYear", "FromAge" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuildingPrice_Code_EffectiveFromYear",
                schema: "revenue",
                table: "BuildingPrice",
                columns: new[] { "Code", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BuildingUse_BuildingId",
                schema: "revenue",
                table: "BuildingUse",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_LandTaxCalendar_EffectiveFromYear",
                schema: "revenue",
                table: "LandTaxCalendar",
                column: "EffectiveFromYear",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LandTaxRateBracket_Bucket_EffectiveFromYear_LowerBound",
                schema: "revenue",
                table: "LandTaxRateBracket",
                columns: new[] { "Bucket", "EffectiveFromYear", "LowerBound" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LandTaxRelief_FromYear_ToYear",
                schema: "revenue",
                table: "LandTaxRelief",
                columns: new[] { "FromYear", "ToYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcel_LaoId_DeedType_DeedNumber",
                schema: "revenue",
                table: "Parcel",
                columns: new[] { "LaoId", "DeedType", "DeedNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Parcel_LaoId_OwnerTaxpayerId",
                schema: "revenue",
                table: "Parcel",
                columns: new[] { "LaoId", "OwnerTaxpayerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Parcel_OwnerTaxpayerId",
                schema: "revenue",
                table: "Parcel",
                column: "OwnerTaxpayerId");

            migrationBuilder.CreateIndex(
                name: "IX_ParcelUse_ParcelId",
                schema: "revenue",
                table: "ParcelUse",
                column: "ParcelId");

            migrationBuilder.CreateIndex(
                name: "IX_VacantEscalationRule_EffectiveFromYear",
                schema: "revenue",
                table: "VacantEscalationRule",
                column: "EffectiveFromYear",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentLine",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "BuildingDepreciation",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "BuildingPrice",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "BuildingUse",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "LandTaxCalendar",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "LandTaxRateBracket",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "LandTaxRelief",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "ParcelUse",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "VacantEscalationRule",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Assessment",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Building",
                schema: "revenue");

            migrationBuilder.DropTable(
                name: "Parcel",
                schema: "revenue");
        }
    }
}
