using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BenchmarkingCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "benchmarking");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PromulgatedOn",
                schema: "budgeting",
                table: "Summary",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DebtService",
                schema: "finance",
                table: "FinanceSummary",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "Indicator",
                schema: "benchmarking",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DescriptionTh = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Formula = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Unit = table.Column<int>(type: "int", nullable: false),
                    Decimals = table.Column<int>(type: "int", nullable: false),
                    Direction = table.Column<int>(type: "int", nullable: false),
                    SourceModule = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FromYear = table.Column<int>(type: "int", nullable: false),
                    ToYear = table.Column<int>(type: "int", nullable: true),
                    Threshold = table.Column<long>(type: "bigint", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicator", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorStatistic",
                schema: "benchmarking",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    Group = table.Column<int>(type: "int", nullable: false),
                    GroupKey = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Missing = table.Column<int>(type: "int", nullable: false),
                    Min = table.Column<long>(type: "bigint", nullable: true),
                    Q1 = table.Column<long>(type: "bigint", nullable: true),
                    Median = table.Column<long>(type: "bigint", nullable: true),
                    Q3 = table.Column<long>(type: "bigint", nullable: true),
                    Max = table.Column<long>(type: "bigint", nullable: true),
                    Mean = table.Column<long>(type: "bigint", nullable: true),
                    BestQuartile = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorStatistic", x => new { x.FiscalYear, x.IndicatorId, x.Group, x.GroupKey });
                });

            migrationBuilder.CreateTable(
                name: "IndicatorValue",
                schema: "benchmarking",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    PeerBandId = table.Column<int>(type: "int", nullable: true),
                    Value = table.Column<long>(type: "bigint", nullable: true),
                    MissingInputs = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    NationalRank = table.Column<int>(type: "int", nullable: true),
                    ProvinceRank = table.Column<int>(type: "int", nullable: true),
                    PeerRank = table.Column<int>(type: "int", nullable: true),
                    NationalPercentile = table.Column<long>(type: "bigint", nullable: true),
                    ProvincePercentile = table.Column<long>(type: "bigint", nullable: true),
                    PeerPercentile = table.Column<long>(type: "bigint", nullable: true),
                    IsOutlier = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorValue", x => new { x.FiscalYear, x.IndicatorId, x.LaoId });
                });

            migrationBuilder.CreateTable(
                name: "LaoFigure",
                schema: "benchmarking",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaoFigure", x => new { x.FiscalYear, x.LaoId, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "LaoYearProfile",
                schema: "benchmarking",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Population = table.Column<int>(type: "int", nullable: false),
                    PeerBandId = table.Column<int>(type: "int", nullable: true),
                    ComputedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LaoYearProfile", x => new { x.FiscalYear, x.LaoId });
                });

            migrationBuilder.CreateTable(
                name: "OutlierReview",
                schema: "benchmarking",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReviewedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutlierReview", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeerBand",
                schema: "benchmarking",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Basis = table.Column<int>(type: "int", nullable: false),
                    LowerBound = table.Column<long>(type: "bigint", nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeerBand", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecomputeRun",
                schema: "benchmarking",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StartedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Laos = table.Column<int>(type: "int", nullable: false),
                    Values = table.Column<int>(type: "int", nullable: false),
                    Outliers = table.Column<int>(type: "int", nullable: false),
                    ElapsedMilliseconds = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecomputeRun", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Indicator_Code",
                schema: "benchmarking",
                table: "Indicator",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValue_FiscalYear_IndicatorId_NationalRank",
                schema: "benchmarking",
                table: "IndicatorValue",
                columns: new[] { "FiscalYear", "IndicatorId", "NationalRank" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValue_FiscalYear_IndicatorId_ProvinceId_ProvinceRank",
                schema: "benchmarking",
                table: "IndicatorValue",
                columns: new[] { "FiscalYear", "IndicatorId", "ProvinceId", "ProvinceRank" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorValue_LaoId_FiscalYear",
                schema: "benchmarking",
                table: "IndicatorValue",
                columns: new[] { "LaoId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_LaoYearProfile_FiscalYear_ProvinceId",
                schema: "benchmarking",
                table: "LaoYearProfile",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutlierReview_FiscalYear_IndicatorId_LaoId",
                schema: "benchmarking",
                table: "OutlierReview",
                columns: new[] { "FiscalYear", "IndicatorId", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_OutlierReview_FiscalYear_ProvinceId",
                schema: "benchmarking",
                table: "OutlierReview",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_PeerBand_LaoType_LowerBound",
                schema: "benchmarking",
                table: "PeerBand",
                columns: new[] { "LaoType", "LowerBound" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecomputeRun_FiscalYear_StartedUtc",
                schema: "benchmarking",
                table: "RecomputeRun",
                columns: new[] { "FiscalYear", "StartedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Indicator",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "IndicatorStatistic",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "IndicatorValue",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "LaoFigure",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "LaoYearProfile",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "OutlierReview",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "PeerBand",
                schema: "benchmarking");

            migrationBuilder.DropTable(
                name: "RecomputeRun",
                schema: "benchmarking");

            migrationBuilder.DropColumn(
                name: "PromulgatedOn",
                schema: "budgeting",
                table: "Summary");

            migrationBuilder.DropColumn(
                name: "DebtService",
                schema: "finance",
                table: "FinanceSummary");
        }
    }
}
