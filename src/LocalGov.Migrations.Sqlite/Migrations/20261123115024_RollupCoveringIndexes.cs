using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RollupCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ClassificationId_LaoType",
                table: "budgeting_SummaryByClassification");

            migrationBuilder.DropIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId",
                table: "budgeting_SummaryByClassification");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ClassificationId_Amount",
                table: "budgeting_SummaryByClassification",
                columns: new[] { "FiscalYear", "ClassificationId", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId_Amount",
                table: "budgeting_SummaryByClassification",
                columns: new[] { "FiscalYear", "ProvinceId", "ClassificationId", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ClassificationId_Amount",
                table: "budgeting_SummaryByClassification");

            migrationBuilder.DropIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId_Amount",
                table: "budgeting_SummaryByClassification");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ClassificationId_LaoType",
                table: "budgeting_SummaryByClassification",
                columns: new[] { "FiscalYear", "ClassificationId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId",
                table: "budgeting_SummaryByClassification",
                columns: new[] { "FiscalYear", "ProvinceId", "ClassificationId" });
        }
    }
}
