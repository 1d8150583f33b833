using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenDataCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "opendata_Publication",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Content = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_Publication", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opendata_PublishedBudgetLine",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WorkUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsProject = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanProjectCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OriginalAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrentAmount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_PublishedBudgetLine", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opendata_PublishedClassification",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_PublishedClassification", x => new { x.Kind, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "opendata_PublishedProject",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StrategyNo = table.Column<int>(type: "INTEGER", nullable: false),
                    StrategyName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    StartMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    EndMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    Planned = table.Column<long>(type: "INTEGER", nullable: false),
                    Budgeted = table.Column<long>(type: "INTEGER", nullable: false),
                    Disbursed = table.Column<long>(type: "INTEGER", nullable: false),
                    LastUpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_PublishedProject", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opendata_PublishedRevenueEstimate",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: true),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_PublishedRevenueEstimate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "opendata_PublishedBudget",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PromulgatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RevenueTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpenditureTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonnelTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    CapitalTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_opendata_PublishedBudget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_opendata_PublishedBudget_opendata_Publication_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "opendata_Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_Publication_Kind_FiscalYear",
                table: "opendata_Publication",
                columns: new[] { "Kind", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_Publication_LaoId_Kind_FiscalYear_PeriodFrom",
                table: "opendata_Publication",
                columns: new[] { "LaoId", "Kind", "FiscalYear", "PeriodFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedBudget_FiscalYear_ProvinceId_LaoType",
                table: "opendata_PublishedBudget",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedBudget_LaoId_FiscalYear",
                table: "opendata_PublishedBudget",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedBudget_PublicationId",
                table: "opendata_PublishedBudget",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedBudgetLine_FiscalYear_LaoId",
                table: "opendata_PublishedBudgetLine",
                columns: new[] { "FiscalYear", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedBudgetLine_FiscalYear_ProvinceId_LaoType",
                table: "opendata_PublishedBudgetLine",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedBudgetLine_LaoId_FiscalYear_LineNo",
                table: "opendata_PublishedBudgetLine",
                columns: new[] { "LaoId", "FiscalYear", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedProject_FiscalYear_LaoId",
                table: "opendata_PublishedProject",
                columns: new[] { "FiscalYear", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedProject_FiscalYear_ProvinceId_LaoType",
                table: "opendata_PublishedProject",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedProject_LaoId_FiscalYear_Code",
                table: "opendata_PublishedProject",
                columns: new[] { "LaoId", "FiscalYear", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedRevenueEstimate_FiscalYear_LaoId",
                table: "opendata_PublishedRevenueEstimate",
                columns: new[] { "FiscalYear", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedRevenueEstimate_FiscalYear_ProvinceId_LaoType",
                table: "opendata_PublishedRevenueEstimate",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_opendata_PublishedRevenueEstimate_LaoId_FiscalYear_LineNo",
                table: "opendata_PublishedRevenueEstimate",
                columns: new[] { "LaoId", "FiscalYear", "LineNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "opendata_PublishedBudget");

            migrationBuilder.DropTable(
                name: "opendata_PublishedBudgetLine");

            migrationBuilder.DropTable(
                name: "opendata_PublishedClassification");

            migrationBuilder.DropTable(
                name: "opendata_PublishedProject");

            migrationBuilder.DropTable(
                name: "opendata_PublishedRevenueEstimate");

            migrationBuilder.DropTable(
                name: "opendata_Publication");
        }
    }
}
