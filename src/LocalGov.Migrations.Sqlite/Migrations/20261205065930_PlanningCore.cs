using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlanningCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "planning_Attachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Owner = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Caption = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_Attachment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_DevelopmentPlan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Vision = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Mission = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CurrentVersionNo = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_DevelopmentPlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_Participant",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Village = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EmailVerifiedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TokenExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_Participant", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_ParticipationProcess",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposalsFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProposalsUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReviewUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SupportUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ResultsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FollowUpFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SupportsPerPerson = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ParticipationProcess", x => x.Id);
                    table.CheckConstraint("CK_ParticipationProcess_Supports", "SupportsPerPerson BETWEEN 1 AND 50");
                });

            migrationBuilder.CreateTable(
                name: "planning_PlanningStrategySummary",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    NationalStrategy = table.Column<int>(type: "INTEGER", nullable: false),
                    Projects = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedAmount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_PlanningStrategySummary", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_PlanningYearSummary",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    HasApprovedPlan = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProjectsInPlan = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectsInActionPlan = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectsNotStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectsInProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectsDone = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectsCancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    BudgetedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    DisbursedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    PercentCompleteTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsDue = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportsLate = table.Column<int>(type: "INTEGER", nullable: false),
                    Proposals = table.Column<int>(type: "INTEGER", nullable: false),
                    Supports = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_PlanningYearSummary", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "planning_ProgressReport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Projects = table.Column<int>(type: "INTEGER", nullable: false),
                    NotStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    InProgress = table.Column<int>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<int>(type: "INTEGER", nullable: false),
                    Budgeted = table.Column<long>(type: "INTEGER", nullable: false),
                    Disbursed = table.Column<long>(type: "INTEGER", nullable: false),
                    AveragePercentComplete = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ProgressReport", x => x.Id);
                    table.CheckConstraint("CK_ProgressReport_Quarter", "Quarter BETWEEN 1 AND 4");
                });

            migrationBuilder.CreateTable(
                name: "planning_PlanProject",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    AddedInVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    RemovedInVersion = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_PlanProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_PlanProject_planning_DevelopmentPlan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_DevelopmentPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_PlanVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_PlanVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_PlanVersion_planning_DevelopmentPlan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_DevelopmentPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_Strategy",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    No = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProvinceStrategy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    NationalStrategy = table.Column<int>(type: "INTEGER", nullable: false),
                    AddedInVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_Strategy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_Strategy_planning_DevelopmentPlan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "planning_DevelopmentPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_ProgressReportLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProjectName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StrategyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    Budgeted = table.Column<long>(type: "INTEGER", nullable: false),
                    Disbursed = table.Column<long>(type: "INTEGER", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ProgressReportLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_ProgressReportLine_planning_ProgressReport_ReportId",
                        column: x => x.ReportId,
                        principalTable: "planning_ProgressReport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_ActionPlanEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    EndMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LastUpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastUpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ActionPlanEntry", x => x.Id);
                    table.CheckConstraint("CK_ActionPlanEntry_Months", "StartMonth BETWEEN 1 AND 12 AND EndMonth BETWEEN StartMonth AND 12");
                    table.CheckConstraint("CK_ActionPlanEntry_Percent", "PercentComplete BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "FK_planning_ActionPlanEntry_planning_PlanProject_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "planning_PlanProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "planning_Proposal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    EstimatedCost = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<int>(type: "INTEGER", nullable: true),
                    ReviewedCost = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupportCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ModeratedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_Proposal", x => x.Id);
                    table.CheckConstraint("CK_Proposal_Cost", "EstimatedCost >= 0");
                    table.CheckConstraint("CK_Proposal_Supports", "SupportCount >= 0");
                    table.ForeignKey(
                        name: "FK_planning_Proposal_planning_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "planning_Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_planning_Proposal_planning_ParticipationProcess_ProcessId",
                        column: x => x.ProcessId,
                        principalTable: "planning_ParticipationProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_planning_Proposal_planning_PlanProject_PlanProjectId",
                        column: x => x.PlanProjectId,
                        principalTable: "planning_PlanProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "planning_PlanProjectRevision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ToVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    StrategyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Objective = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Indicator = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ExpectedResult = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    Year1Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Year2Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Year3Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Year4Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    Year5Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_PlanProjectRevision", x => x.Id);
                    table.CheckConstraint("CK_PlanProjectRevision_Amounts", "Year1Amount >= 0 AND Year2Amount >= 0 AND Year3Amount >= 0 AND Year4Amount >= 0 AND Year5Amount >= 0");
                    table.ForeignKey(
                        name: "FK_planning_PlanProjectRevision_planning_PlanProject_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "planning_PlanProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_planning_PlanProjectRevision_planning_Strategy_StrategyId",
                        column: x => x.StrategyId,
                        principalTable: "planning_Strategy",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "planning_ProgressUpdate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PercentComplete = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ProgressUpdate", x => x.Id);
                    table.CheckConstraint("CK_ProgressUpdate_Percent", "PercentComplete BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "FK_planning_ProgressUpdate_planning_ActionPlanEntry_EntryId",
                        column: x => x.EntryId,
                        principalTable: "planning_ActionPlanEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_ProposalComment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    IsHidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    HiddenReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ProposalComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_ProposalComment_planning_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "planning_Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_planning_ProposalComment_planning_Proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "planning_Proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "planning_ProposalSupport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcessId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_planning_ProposalSupport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_planning_ProposalSupport_planning_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "planning_Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_planning_ProposalSupport_planning_Proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "planning_Proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_planning_ActionPlanEntry_LaoId_FiscalYear_ProjectId",
                table: "planning_ActionPlanEntry",
                columns: new[] { "LaoId", "FiscalYear", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_ActionPlanEntry_ProjectId",
                table: "planning_ActionPlanEntry",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_Attachment_Owner_OwnerId",
                table: "planning_Attachment",
                columns: new[] { "Owner", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_Attachment_StoredName",
                table: "planning_Attachment",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_DevelopmentPlan_LaoId_FirstYear",
                table: "planning_DevelopmentPlan",
                columns: new[] { "LaoId", "FirstYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_Participant_Email",
                table: "planning_Participant",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_Participant_LaoId",
                table: "planning_Participant",
                column: "LaoId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_Participant_TokenHash",
                table: "planning_Participant",
                column: "TokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_planning_ParticipationProcess_LaoId_FiscalYear",
                table: "planning_ParticipationProcess",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanningStrategySummary_FiscalYear_ProvinceId",
                table: "planning_PlanningStrategySummary",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanningStrategySummary_LaoId_FiscalYear_NationalStrategy",
                table: "planning_PlanningStrategySummary",
                columns: new[] { "LaoId", "FiscalYear", "NationalStrategy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanningYearSummary_FiscalYear_ProvinceId",
                table: "planning_PlanningYearSummary",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanningYearSummary_LaoId_FiscalYear",
                table: "planning_PlanningYearSummary",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanProject_LaoId_Code",
                table: "planning_PlanProject",
                columns: new[] { "LaoId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanProject_PlanId_Code",
                table: "planning_PlanProject",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanProjectRevision_ProjectId_FromVersion",
                table: "planning_PlanProjectRevision",
                columns: new[] { "ProjectId", "FromVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanProjectRevision_StrategyId",
                table: "planning_PlanProjectRevision",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_PlanVersion_PlanId_Number",
                table: "planning_PlanVersion",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProgressReport_LaoId_FiscalYear_Quarter",
                table: "planning_ProgressReport",
                columns: new[] { "LaoId", "FiscalYear", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProgressReportLine_ReportId",
                table: "planning_ProgressReportLine",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProgressUpdate_EntryId",
                table: "planning_ProgressUpdate",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_Proposal_ParticipantId",
                table: "planning_Proposal",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_Proposal_PlanProjectId",
                table: "planning_Proposal",
                column: "PlanProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_Proposal_ProcessId_Status",
                table: "planning_Proposal",
                columns: new[] { "ProcessId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProposalComment_ParticipantId",
                table: "planning_ProposalComment",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProposalComment_ProposalId",
                table: "planning_ProposalComment",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProposalSupport_ParticipantId",
                table: "planning_ProposalSupport",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProposalSupport_ProcessId_ParticipantId",
                table: "planning_ProposalSupport",
                columns: new[] { "ProcessId", "ParticipantId" });

            migrationBuilder.CreateIndex(
                name: "IX_planning_ProposalSupport_ProposalId_ParticipantId",
                table: "planning_ProposalSupport",
                columns: new[] { "ProposalId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_planning_Strategy_PlanId_No",
                table: "planning_Strategy",
                columns: new[] { "PlanId", "No" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "planning_Attachment");

            migrationBuilder.DropTable(
                name: "planning_PlanningStrategySummary");

            migrationBuilder.DropTable(
                name: "planning_PlanningYearSummary");

            migrationBuilder.DropTable(
                name: "planning_PlanProjectRevision");

            migrationBuilder.DropTable(
                name: "planning_PlanVersion");

            migrationBuilder.DropTable(
                name: "planning_ProgressReportLine");

            migrationBuilder.DropTable(
                name: "planning_ProgressUpdate");

            migrationBuilder.DropTable(
                name: "planning_ProposalComment");

            migrationBuilder.DropTable(
                name: "planning_ProposalSupport");

            migrationBuilder.DropTable(
                name: "planning_Strategy");

            migrationBuilder.DropTable(
                name: "planning_ProgressReport");

            migrationBuilder.DropTable(
                name: "planning_ActionPlanEntry");

            migrationBuilder.DropTable(
                name: "planning_Proposal");

            migrationBuilder.DropTable(
                name: "planning_Participant");

            migrationBuilder.DropTable(
                name: "planning_ParticipationProcess");

            migrationBuilder.DropTable(
                name: "planning_PlanProject");

            migrationBuilder.DropTable(
                name: "planning_DevelopmentPlan");
        }
    }
}
