using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RollupCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SummaryByClassification_FiscalYear_ClassificationId_LaoType",
                schema: "budgeting",
                table: "SummaryByClassification");

            migrationBuilder.DropIndex(
                name: "IX_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId",
                schema: "budgeting",
                table: "SummaryByClassification");

            migrationBuilder.CreateIndex(
                name: "IX_SummaryByClassification_FiscalYear_ClassificationId_Amount",
                schema: "budgeting",
                table: "SummaryByClassification",
                columns: new[] { "FiscalYear", "ClassificationId", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId_Amount",
                schema: "budgeting",
                table: "SummaryByClassification",
                columns: new[] { "FiscalYear", "ProvinceId", "ClassificationId", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SummaryByClassification_FiscalYear_ClassificationId_Amount",
                schema: "budgeting",
                table: "SummaryByClassification");

            migrationBuilder.DropIndex(
                name: "IX_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId_Amount",
                schema: "budgeting",
                table: "SummaryByClassification");

            migrationBuilder.CreateIndex(
                name: "IX_SummaryByClassification_FiscalYear_ClassificationId_LaoType",
                schema: "budgeting",
                table: "SummaryByClassification",
                columns: new[] { "FiscalYear", "ClassificationId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId",
                schema: "budgeting",
                table: "SummaryByClassification",
                columns: new[] { "FiscalYear", "ProvinceId", "ClassificationId" });
        }
    }
}
