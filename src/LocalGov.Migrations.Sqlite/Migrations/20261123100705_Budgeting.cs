using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Budgeting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "budgeting_Budget",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CouncilPassedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PromulgatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_Budget", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_Classification",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameTh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsPersonnel = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCapital = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevenueSource = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveFromYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveToYear = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_Classification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_Classification_budgeting_Classification_ParentId",
                        column: x => x.ParentId,
                        principalTable: "budgeting_Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_Summary",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RevenueTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpenditureTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonnelTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    CapitalTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    LineCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_Summary", x => new { x.LaoId, x.FiscalYear });
                });

            migrationBuilder.CreateTable(
                name: "budgeting_SummaryByClassification",
                columns: table => new
                {
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ClassificationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoType = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_SummaryByClassification", x => new { x.LaoId, x.FiscalYear, x.ClassificationId });
                });

            migrationBuilder.CreateTable(
                name: "budgeting_BudgetAmendment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequiredApproval = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_BudgetAmendment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetAmendment_budgeting_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "budgeting_Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_BudgetStatusChange",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    ToStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CouncilReading = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_BudgetStatusChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetStatusChange_budgeting_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "budgeting_Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_BudgetLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    IsProject = table.Column<bool>(type: "INTEGER", nullable: false),
                    PlanProjectCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OriginalAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    CurrentAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ActualTwoYearsAgo = table.Column<long>(type: "INTEGER", nullable: true),
                    ActualLastYear = table.Column<long>(type: "INTEGER", nullable: true),
                    EstimateLastYear = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_BudgetLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetLine_budgeting_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "budgeting_Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetLine_budgeting_Classification_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "budgeting_Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetLine_budgeting_Classification_GroupId",
                        column: x => x.GroupId,
                        principalTable: "budgeting_Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetLine_budgeting_Classification_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "budgeting_Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetLine_budgeting_Classification_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "budgeting_Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_RevenueEstimate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ActualTwoYearsAgo = table.Column<long>(type: "INTEGER", nullable: true),
                    ActualLastYear = table.Column<long>(type: "INTEGER", nullable: true),
                    EstimateLastYear = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_RevenueEstimate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_RevenueEstimate_budgeting_Budget_BudgetId",
                        column: x => x.BudgetId,
                        principalTable: "budgeting_Budget",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_budgeting_RevenueEstimate_budgeting_Classification_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "budgeting_Classification",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_BudgetAmendmentEntry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AmendmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountChange = table.Column<long>(type: "INTEGER", nullable: false),
                    NewExplanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PreviousExplanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NewItemName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_BudgetAmendmentEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetAmendmentEntry_budgeting_BudgetAmendment_AmendmentId",
                        column: x => x.AmendmentId,
                        principalTable: "budgeting_BudgetAmendment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_budgeting_BudgetAmendmentEntry_budgeting_BudgetLine_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalTable: "budgeting_BudgetLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_LedgerEntry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_LedgerEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_budgeting_LedgerEntry_budgeting_BudgetLine_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalTable: "budgeting_BudgetLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "budgeting_LineBalance",
                columns: table => new
                {
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Allocated = table.Column<long>(type: "INTEGER", nullable: false),
                    Committed = table.Column<long>(type: "INTEGER", nullable: false),
                    Disbursed = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_budgeting_LineBalance", x => x.BudgetLineId);
                    table.ForeignKey(
                        name: "FK_budgeting_LineBalance_budgeting_BudgetLine_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalTable: "budgeting_BudgetLine",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_Budget_FiscalYear_ProvinceId",
                table: "budgeting_Budget",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_Budget_LaoId_FiscalYear_Kind_Sequence",
                table: "budgeting_Budget",
                columns: new[] { "LaoId", "FiscalYear", "Kind", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetAmendment_BudgetId_Kind_DocumentNumber",
                table: "budgeting_BudgetAmendment",
                columns: new[] { "BudgetId", "Kind", "DocumentNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetAmendmentEntry_AmendmentId",
                table: "budgeting_BudgetAmendmentEntry",
                column: "AmendmentId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetAmendmentEntry_BudgetLineId",
                table: "budgeting_BudgetAmendmentEntry",
                column: "BudgetLineId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetLine_BudgetId_LineNo",
                table: "budgeting_BudgetLine",
                columns: new[] { "BudgetId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetLine_CategoryId",
                table: "budgeting_BudgetLine",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetLine_GroupId",
                table: "budgeting_BudgetLine",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetLine_ProgrammeId",
                table: "budgeting_BudgetLine",
                column: "ProgrammeId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetLine_WorkUnitId",
                table: "budgeting_BudgetLine",
                column: "WorkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_BudgetStatusChange_BudgetId",
                table: "budgeting_BudgetStatusChange",
                column: "BudgetId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_Classification_Kind_Code_EffectiveFromYear",
                table: "budgeting_Classification",
                columns: new[] { "Kind", "Code", "EffectiveFromYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_Classification_ParentId",
                table: "budgeting_Classification",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_LedgerEntry_BudgetLineId",
                table: "budgeting_LedgerEntry",
                column: "BudgetLineId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_LedgerEntry_LaoId_FiscalYear",
                table: "budgeting_LedgerEntry",
                columns: new[] { "LaoId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_LineBalance_LaoId_FiscalYear",
                table: "budgeting_LineBalance",
                columns: new[] { "LaoId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_RevenueEstimate_BudgetId_LineNo",
                table: "budgeting_RevenueEstimate",
                columns: new[] { "BudgetId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_RevenueEstimate_CategoryId",
                table: "budgeting_RevenueEstimate",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_Summary_FiscalYear_ProvinceId_LaoType",
                table: "budgeting_Summary",
                columns: new[] { "FiscalYear", "ProvinceId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ClassificationId_LaoType",
                table: "budgeting_SummaryByClassification",
                columns: new[] { "FiscalYear", "ClassificationId", "LaoType" });

            migrationBuilder.CreateIndex(
                name: "IX_budgeting_SummaryByClassification_FiscalYear_ProvinceId_ClassificationId",
                table: "budgeting_SummaryByClassification",
                columns: new[] { "FiscalYear", "ProvinceId", "ClassificationId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "budgeting_BudgetAmendmentEntry");

            migrationBuilder.DropTable(
                name: "budgeting_BudgetStatusChange");

            migrationBuilder.DropTable(
                name: "budgeting_LedgerEntry");

            migrationBuilder.DropTable(
                name: "budgeting_LineBalance");

            migrationBuilder.DropTable(
                name: "budgeting_RevenueEstimate");

            migrationBuilder.DropTable(
                name: "budgeting_Summary");

            migrationBuilder.DropTable(
                name: "budgeting_SummaryByClassification");

            migrationBuilder.DropTable(
                name: "budgeting_BudgetAmendment");

            migrationBuilder.DropTable(
                name: "budgeting_BudgetLine");

            migrationBuilder.DropTable(
                name: "budgeting_Budget");

            migrationBuilder.DropTable(
                name: "budgeting_Classification");
        }
    }
}
