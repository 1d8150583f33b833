using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Budgeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "budgeting");

            migrationBuilder.CreateTable(
                name: "Budget",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    CouncilPassedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PromulgatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budget", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Classification",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ParentId = table.Column<int>(type: "int", nullable: true),
                    IsPersonnel = table.Column<bool>(type: "bit", nullable: false),
                    IsCapital = table.Column<bool>(type: "bit", nullable: false),
                    RevenueSource = table.Column<int>(type: "int", nullable: true),
                    EffectiveFromYear = table.Column<int>(type: "int", nullable: false),
                    EffectiveToYear = table.Column<int>(type: "int", nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Classification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Classification_Classification_ParentId",
                        column: x => x.ParentId,
                        principalSchema: "budgeting",
                        principalTable: "Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Summary",
                schema: "budgeting",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RevenueTotal = table.Column<long>(type: "bigint", nullable: false),
                    ExpenditureTotal = table.Column<long>(type: "bigint", nullable: false),
                    PersonnelTotal = table.Column<long>(type: "bigint", nullable: false),
                    CapitalTotal = table.Column<long>(type: "bigint", nullable: false),
                    LineCount = table.Column<int>(type: "int", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Summary", x => new { x.LaoId, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "SummaryByClassification",
                schema: "budgeting",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ClassificationId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    LaoType = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SummaryByClassification", x => new { x.LaoId, x.FiscalYear, x.ClassificationId });
                });

            migrationBuilder.CreateTable(
                name: "BudgetAmendment",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    DocumentNumber = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RequiredApproval = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetAmendment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetAmendment_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalSchema: "budgeting",
                        principalTable: "Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetStatusChange",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    FromStatus = table.Column<int>(type: "int", nullable: false),
                    ToStatus = table.Column<int>(type: "int", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CouncilReading = table.Column<int>(type: "int", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetStatusChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetStatusChange_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalSchema: "budgeting",
                        principalTable: "Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLine",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    ProgrammeId = table.Column<int>(type: "int", nullable: false),
                    WorkUnitId = table.Column<int>(type: "int", nullable: false),
                    GroupId = table.Column<int>(type: "int", nullable: false),
                    CategoryId = table.Column<int>(type: "int", nullable: false),
                    ItemName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    IsProject = table.Column<bool>(type: "bit", nullable: false),
                    PlanProjectCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    OriginalAmount = table.Column<long>(type: "bigint", nullable: false),
                    CurrentAmount = table.Column<long>(type: "bigint", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ActualTwoYearsAgo = table.Column<long>(type: "bigint", nullable: true),
                    ActualLastYear = table.Column<long>(type: "bigint", nullable: true),
                    EstimateLastYear = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLine_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalSchema: "budgeting",
                        principalTable: "Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetLine_Classification_CategoryId",
                        column: x => x.CategoryId,
                        principalSchema: "budgeting",
                        principalTable: "Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetLine_Classification_GroupId",
                        column: x => x.GroupId,
                        principalSchema: "budgeting",
                        principalTable: "Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetLine_Classification_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalSchema: "budgeting",
                        principalTable: "Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BudgetLine_Classification_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalSchema: "budgeting",
                        principalTable: "Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RevenueEstimate",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetId = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    CategoryId = table.Column<int>(type: "int", nullable: false),
                    ItemName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ActualTwoYearsAgo = table.Column<long>(type: "bigint", nullable: true),
                    ActualLastYear = table.Column<long>(type: "bigint", nullable: true),
                    EstimateLastYear = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RevenueEstimate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RevenueEstimate_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalSchema: "budgeting",
                        principalTable: "Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RevenueEstimate_Classification_CategoryId",
                        column: x => x.CategoryId,
                        principalSchema: "budgeting",
                        principalTable: "Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetAmendmentEntry",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AmendmentId = table.Column<int>(type: "int", nullable: false),
                    BudgetLineId = table.Column<int>(type: "int", nullable: false),
                    AmountChange = table.Column<long>(type: "bigint", nullable: false),
                    NewExplanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    PreviousExplanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NewItemName = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetAmendmentEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetAmendmentEntry_BudgetAmendment_AmendmentId",
                        column: x => x.AmendmentId,
                        principalSchema: "budgeting",
                        principalTable: "BudgetAmendment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BudgetAmendmentEntry_BudgetLine_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalSchema: "budgeting",
                        principalTable: "BudgetLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LedgerEntry",
                schema: "budgeting",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BudgetLineId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    SourceModule = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    SourceReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LedgerEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LedgerEntry_BudgetLine_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalSchema: "budgeting",
                        principalTable: "BudgetLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineBalance",
                schema: "budgeting",
                columns: table => new
                {
                    BudgetLineId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Allocated = table.Column<long>(type: "bigint", nullable: false),
                    Committed = table.Column<long>(type: "bigint", nullable: false),
                    Disbursed = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineBalance", x => x.BudgetLineId);
                    table.ForeignKey(
                        name: "FK_LineBalance_BudgetLine_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalSchema: "budgeting",
                        principalTable: "BudgetLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Budget_FiscalYear_ProvinceId",
                schema: "budgeting",
                table: "Budget",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Budget_LaoId_FiscalYear_Kind_Sequence",
                schema: "budgeting",
                table: "Budget",
                columns: new[] { "LaoId", "FiscalYear", "Kind", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAmendment_BudgetId_Kind_DocumentNumber",
                schema: "budgeting",
                table: "BudgetAmendment",
                columns: new[] { "BudgetId", "Kind", "DocumentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAmendmentEntry_AmendmentId",
                schema: "budgeting",
                table: "BudgetAmendmentEntry",
                column: "AmendmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetAmendmentEntry_BudgetLineId",
                schema: "budgeting",
                table: "BudgetAmendmentEntry",
                column: "BudgetLineId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLine_BudgetId_LineNo",
                schema: "budgeting",
                table: "BudgetLine",
                columns: new[] { "BudgetId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLine_CategoryId",
                schema: "budgeting",
                table: "BudgetLine",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLine_GroupId",
                schema: "budgeting",
                table: "BudgetLine",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLine_ProgrammeId",
                schema: "budgeting",
                table: "BudgetLine",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLine_WorkUnitId",
                schema: "budgeting",
                table: "BudgetLine",
                column: "WorkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetStatusChange_BudgetId",
                schema: "budgeting",
                table: "BudgetStatusChange",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_Classification_Kind_Code_EffectiveFromYear",
                schema: "budgeting",
                table: "Classification",
                columns: new[] { "Kind", "Code", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Classification_ParentId",
                schema: "budgeting",
                table: "Classification",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntry_BudgetLineId",
                schema: "budgeting",
                table: "LedgerEntry",
                column: "BudgetLineId");

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntry_LaoId_FiscalYear",
                schema: "budgeting",
                table: "LedgerEntry",
                columns: new[] { "LaoId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_LineBalance_LaoId_FiscalYear",
                schema: "budgeting",
                table: "LineBalance",
                columns: new[] { "LaoId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_RevenueEstimate_BudgetId_LineNo",
                schema: "budgeting",
                table: "RevenueEstimate",
                columns: new[] { "BudgetId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_RevenueEstimate_CategoryId",
                schema: "budgeting",
                table: "RevenueEstimate",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Summary_FiscalYear_ProvinceId_LaoType",
                schema: "budgeting",
                table: "Summary",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BudgetAmendmentEntry",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "BudgetStatusChange",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "LedgerEntry",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "LineBalance",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "RevenueEstimate",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "Summary",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "SummaryByClassification",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "BudgetAmendment",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "BudgetLine",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "Budget",
                schema: "budgeting");

            migrationBuilder.DropTable(
                name: "Classification",
                schema: "budgeting");
        }
    }
}
