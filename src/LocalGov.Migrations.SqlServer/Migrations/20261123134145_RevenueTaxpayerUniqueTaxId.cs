using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RevenueTaxpayerUniqueTaxId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Taxpayer_LaoId_TaxId",
                schema: "revenue",
                table: "Taxpayer");

            migrationBuilder.CreateIndex(
                name: "IX_Taxpayer_LaoId_TaxId",
                schema: "revenue",
                table: "Taxpayer",
                columns: new[] { "LaoId", "TaxId" },
                unique: true,
                filter: "MergedIntoId IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Taxpayer_LaoId_TaxId",
                schema: "revenue",
                table: "Taxpayer");

            migrationBuilder.CreateIndex(
                name: "IX_Taxpayer_LaoId_TaxId",
                schema: "revenue",
                table: "Taxpayer",
                columns: new[] { "LaoId", "TaxId" });
        }
    }
}
