using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PurchaseContract_Report",
                table: "procurement_PurchaseContract",
                columns: new[] { "CaseId", "Amount", "SignedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_Report",
                table: "procurement_ProcurementCase",
                columns: new[] { "FiscalYear", "LaoId", "Status", "Method", "AwardedOn", "AwardAmount", "AnnouncedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractInstalment_Late",
                table: "procurement_ContractInstalment",
                columns: new[] { "ContractId", "Accepted", "DueOn", "LateDays" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PurchaseContract_Report",
                table: "procurement_PurchaseContract");

            migrationBuilder.DropIndex(
                name: "IX_ProcurementCase_Report",
                table: "procurement_ProcurementCase");

            migrationBuilder.DropIndex(
                name: "IX_ContractInstalment_Late",
                table: "procurement_ContractInstalment");
        }
    }
}
