using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BenchmarkingCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DebtService",
                table: "finance_FinanceSummary",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PromulgatedOn",
                table: "budgeting_Summary",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "benchmarking_Indicator",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DescriptionTh = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Formula = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Unit = table.Column<int>(type: "INTEGER", nullable: false),
                    Decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    Threshold = table.Column<long>(type: "INTEGER", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_Indicator", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_IndicatorStatistic",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupKey = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Missing = table.Column<int>(type: "INTEGER", nullable: false),
                    Min = table.Column<long>(type: "INTEGER", nullable: true),
                    Q1 = table.Column<long>(type: "INTEGER", nullable: true),
                    Median = table.Column<long>(type: "INTEGER", nullable: true),
                    Q3 = table.Column<long>(type: "INTEGER", nullable: true),
                    Max = table.Column<long>(type: "INTEGER", nullable: true),
                    Mean = table.Column<long>(type: "INTEGER", nullable: true),
                    BestQuartile = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_IndicatorStatistic", x => new { x.FiscalYear, x.IndicatorId, x.Group, x.GroupKey });
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_IndicatorValue",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerBandId = table.Column<int>(type: "INTEGER", nullable: true),
                    Value = table.Column<long>(type: "INTEGER", nullable: true),
                    MissingInputs = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NationalRank = table.Column<int>(type: "INTEGER", nullable: true),
                    ProvinceRank = table.Column<int>(type: "INTEGER", nullable: true),
                    PeerRank = table.Column<int>(type: "INTEGER", nullable: true),
                    NationalPercentile = table.Column<long>(type: "INTEGER", nullable: true),
                    ProvincePercentile = table.Column<long>(type: "INTEGER", nullable: true),
                    PeerPercentile = table.Column<long>(type: "INTEGER", nullable: true),
                    IsOutlier = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_IndicatorValue", x => new { x.FiscalYear, x.IndicatorId, x.LaoId });
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_LaoFigure",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_LaoFigure", x => new { x.FiscalYear, x.LaoId, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_LaoYearProfile",
                columns: table => new
                {
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false),
                    PeerBandId = table.Column<int>(type: "INTEGER", nullable: true),
                    ComputedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_LaoYearProfile", x => new { x.FiscalYear, x.LaoId });
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_OutlierReview",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReviewedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_OutlierReview", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_PeerBand",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Basis = table.Column<int>(type: "INTEGER", nullable: false),
                    LowerBound = table.Column<long>(type: "INTEGER", nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_PeerBand", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "benchmarking_RecomputeRun",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Laos = table.Column<int>(type: "INTEGER", nullable: false),
                    Values = table.Column<int>(type: "INTEGER", nullable: false),
                    Outliers = table.Column<int>(type: "INTEGER", nullable: false),
                    ElapsedMilliseconds = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_benchmarking_RecomputeRun", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_Indicator_Code",
                table: "benchmarking_Indicator",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_IndicatorValue_FiscalYear_IndicatorId_NationalRank",
                table: "benchmarking_IndicatorValue",
                columns: new[] { "FiscalYear", "IndicatorId", "NationalRank" });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_IndicatorValue_FiscalYear_IndicatorId_ProvinceId_ProvinceRank",
                table: "benchmarking_IndicatorValue",
                columns: new[] { "FiscalYear", "IndicatorId", "ProvinceId", "ProvinceRank" });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_IndicatorValue_LaoId_FiscalYear",
                table: "benchmarking_IndicatorValue",
                columns: new[] { "LaoId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_LaoYearProfile_FiscalYear_ProvinceId",
                table: "benchmarking_LaoYearProfile",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_OutlierReview_FiscalYear_IndicatorId_LaoId",
                table: "benchmarking_OutlierReview",
                columns: new[] { "FiscalYear", "IndicatorId", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_OutlierReview_FiscalYear_ProvinceId",
                table: "benchmarking_OutlierReview",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_PeerBand_LaoType_LowerBound",
                table: "benchmarking_PeerBand",
                columns: new[] { "LaoType", "LowerBound" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_benchmarking_RecomputeRun_FiscalYear_StartedUtc",
                table: "benchmarking_RecomputeRun",
                columns: new[] { "FiscalYear", "StartedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benchmarking_Indicator");

            migrationBuilder.DropTable(
                name: "benchmarking_IndicatorStatistic");

            migrationBuilder.DropTable(
                name: "benchmarking_IndicatorValue");

            migrationBuilder.DropTable(
                name: "benchmarking_LaoFigure");

            migrationBuilder.DropTable(
                name: "benchmarking_LaoYearProfile");

            migrationBuilder.DropTable(
                name: "benchmarking_OutlierReview");

            migrationBuilder.DropTable(
                name: "benchmarking_PeerBand");

            migrationBuilder.DropTable(
                name: "benchmarking_RecomputeRun");

            migrationBuilder.DropColumn(
                name: "DebtService",
                table: "finance_FinanceSummary");

            migrationBuilder.DropColumn(
                name: "PromulgatedOn",
                table: "budgeting_Summary");
        }
    }
}
