using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FinanceVoucherPenalty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Voucher_Amounts",
                schema: "finance",
                table: "Voucher");

            migrationBuilder.AddColumn<long>(
                name: "Penalty",
                schema: "finance",
                table: "Voucher",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Voucher_Amounts",
                schema: "finance",
                table: "Voucher",
                sql: "Gross > 0 AND Withheld >= 0 AND Penalty >= 0 AND Withheld + Penalty <= Gross AND Net = Gross - Withheld - Penalty");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Voucher_Amounts",
                schema: "finance",
                table: "Voucher");

            migrationBuilder.DropColumn(
                name: "Penalty",
                schema: "finance",
                table: "Voucher");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Voucher_Amounts",
                schema: "finance",
                table: "Voucher",
                sql: "Gross > 0 AND Withheld >= 0 AND Withheld <= Gross AND Net = Gross - Withheld");
        }
    }
}
