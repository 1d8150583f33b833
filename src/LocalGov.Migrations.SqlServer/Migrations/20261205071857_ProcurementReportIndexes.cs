using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PurchaseContract_Report",
                schema: "procurement",
                table: "PurchaseContract",
                columns: new[] { "CaseId", "Amount", "SignedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_Report",
                schema: "procurement",
                table: "ProcurementCase",
                columns: new[] { "FiscalYear", "LaoId", "Status", "Method", "AwardedOn", "AwardAmount", "AnnouncedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractInstalment_Late",
                schema: "procurement",
                table: "ContractInstalment",
                columns: new[] { "ContractId", "Accepted", "DueOn", "LateDays" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PurchaseContract_Report",
                schema: "procurement",
                table: "PurchaseContract");

            migrationBuilder.DropIndex(
                name: "IX_ProcurementCase_Report",
                schema: "procurement",
                table: "ProcurementCase");

            migrationBuilder.DropIndex(
                name: "IX_ContractInstalment_Late",
                schema: "procurement",
                table: "ContractInstalment");
        }
    }
}
