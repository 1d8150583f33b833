using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FinanceVoucherPenalty : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Voucher_Amounts",
                table: "finance_Voucher");

            migrationBuilder.AddColumn<long>(
                name: "Penalty",
                table: "finance_Voucher",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddCheckConstraint(
                name: "CK_Voucher_Amounts",
                table: "finance_Voucher",
                sql: "Gross > 0 AND Withheld >= 0 AND Penalty >= 0 AND Withheld + Penalty <= Gross AND Net = Gross - Withheld - Penalty");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_Voucher_Amounts",
                table: "finance_Voucher");

            migrationBuilder.DropColumn(
                name: "Penalty",
                table: "finance_Voucher");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Voucher_Amounts",
                table: "finance_Voucher",
                sql: "Gross > 0 AND Withheld >= 0 AND Withheld <= Gross AND Net = Gross - Withheld");
        }
    }
}
