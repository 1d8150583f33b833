using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RevenueTaxpayerUniqueTaxId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_revenue_Taxpayer_LaoId_TaxId",
                table: "revenue_Taxpayer");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Taxpayer_LaoId_TaxId",
                table: "revenue_Taxpayer",
                columns: new[] { "LaoId", "TaxId" },
                unique: true,
                filter: "MergedIntoId IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_revenue_Taxpayer_LaoId_TaxId",
                table: "revenue_Taxpayer");

            migrationBuilder.CreateIndex(
                name: "IX_revenue_Taxpayer_LaoId_TaxId",
                table: "revenue_Taxpayer",
                columns: new[] { "LaoId", "TaxId" });
        }
    }
}
