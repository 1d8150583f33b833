using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OpenDataCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "opendata");

            migrationBuilder.CreateTable(
                name: "Publication",
                schema: "opendata",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    WithdrawnBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Publication", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedBudgetLine",
                schema: "opendata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WorkUnitCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GroupCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ItemName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    IsProject = table.Column<bool>(type: "bit", nullable: false),
                    PlanProjectCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    OriginalAmount = table.Column<long>(type: "bigint", nullable: false),
                    CurrentAmount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedBudgetLine", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedClassification",
                schema: "opendata",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedClassification", x => new { x.Kind, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "PublishedProject",
                schema: "opendata",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    StrategyNo = table.Column<int>(type: "int", nullable: false),
                    StrategyName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    StartMonth = table.Column<int>(type: "int", nullable: false),
                    EndMonth = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PercentComplete = table.Column<int>(type: "int", nullable: false),
                    Planned = table.Column<long>(type: "bigint", nullable: false),
                    Budgeted = table.Column<long>(type: "bigint", nullable: false),
                    Disbursed = table.Column<long>(type: "bigint", nullable: false),
                    LastUpdatedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedProject", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedRevenueEstimate",
                schema: "opendata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Source = table.Column<int>(type: "int", nullable: true),
                    ItemName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedRevenueEstimate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PublishedBudget",
                schema: "opendata",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PublicationId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Population = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PromulgatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevenueTotal = table.Column<long>(type: "bigint", nullable: false),
                    ExpenditureTotal = table.Column<long>(type: "bigint", nullable: false),
                    PersonnelTotal = table.Column<long>(type: "bigint", nullable: false),
                    CapitalTotal = table.Column<long>(type: "bigint", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedBudget", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedBudget_Publication_PublicationId",
                        column: x => x.PublicationId,
                        principalSchema: "opendata",
                        principalTable: "Publication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_Kind_FiscalYear",
                schema: "opendata",
                table: "Publication",
                columns: new[] { "Kind", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_Publication_LaoId_Kind_FiscalYear_PeriodFrom",
                schema: "opendata",
                table: "Publication",
                columns: new[] { "LaoId", "Kind", "FiscalYear", "PeriodFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedBudget_FiscalYear_ProvinceId_LaoType",
                schema: "opendata",
                table: "PublishedBudget",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedBudget_LaoId_FiscalYear",
                schema: "opendata",
                table: "PublishedBudget",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedBudget_PublicationId",
                schema: "opendata",
                table: "PublishedBudget",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedBudgetLine_FiscalYear_LaoId",
                schema: "opendata",
                table: "PublishedBudgetLine",
                columns: new[] { "FiscalYear", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedBudgetLine_FiscalYear_ProvinceId_LaoType",
                schema: "opendata",
                table: "PublishedBudgetLine",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedBudgetLine_LaoId_FiscalYear_LineNo",
                schema: "opendata",
                table: "PublishedBudgetLine",
                columns: new[] { "LaoId", "FiscalYear", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedProject_FiscalYear_LaoId",
                schema: "opendata",
                table: "PublishedProject",
                columns: new[] { "FiscalYear", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedProject_FiscalYear_ProvinceId_LaoType",
                schema: "opendata",
                table: "PublishedProject",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedProject_LaoId_FiscalYear_Code",
                schema: "opendata",
                table: "PublishedProject",
                columns: new[] { "LaoId", "FiscalYear", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublishedRevenueEstimate_FiscalYear_LaoId",
                schema: "opendata",
                table: "PublishedRevenueEstimate",
                columns: new[] { "FiscalYear", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedRevenueEstimate_FiscalYear_ProvinceId_LaoType",
                schema: "opendata",
                table: "PublishedRevenueEstimate",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedRevenueEstimate_LaoId_FiscalYear_LineNo",
                schema: "opendata",
                table: "PublishedRevenueEstimate",
                columns: new[] { "LaoId", "FiscalYear", "LineNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedBudget",
                schema: "opendata");

            migrationBuilder.DropTable(
                name: "PublishedBudgetLine",
                schema: "opendata");

            migrationBuilder.DropTable(
                name: "PublishedClassification",
                schema: "opendata");

            migrationBuilder.DropTable(
                name: "PublishedProject",
                schema: "opendata");

            migrationBuilder.DropTable(
                name: "PublishedRevenueEstimate",
                schema: "opendata");

            migrationBuilder.DropTable(
                name: "Publication",
                schema: "opendata");
        }
    }
}
