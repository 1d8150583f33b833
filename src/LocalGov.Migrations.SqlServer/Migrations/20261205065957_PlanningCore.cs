using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PlanningCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "planning");

            migrationBuilder.CreateTable(
                name: "Attachment",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Owner = table.Column<int>(type: "int", nullable: false),
                    OwnerId = table.Column<int>(type: "int", nullable: false),
                    OriginalName = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DevelopmentPlan",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FirstYear = table.Column<int>(type: "int", nullable: false),
                    Vision = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Mission = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CurrentVersionNo = table.Column<int>(type: "int", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DevelopmentPlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Participant",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Village = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    PasswordHash = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    EmailVerifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    TokenExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    AddedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IsDisabled = table.Column<bool>(type: "bit", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Participant", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ParticipationProcess",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ProposalsFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposalsUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    SupportUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    ResultsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FollowUpFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    SupportsPerPerson = table.Column<int>(type: "int", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationProcess", x => x.Id);
                    table.CheckConstraint("CK_ParticipationProcess_Supports", "SupportsPerPerson BETWEEN 1 AND 50");
                });

            migrationBuilder.CreateTable(
                name: "PlanningStrategySummary",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    NationalStrategy = table.Column<int>(type: "int", nullable: false),
                    Projects = table.Column<int>(type: "int", nullable: false),
                    PlannedAmount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningStrategySummary", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanningYearSummary",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ProvinceId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    HasApprovedPlan = table.Column<bool>(type: "bit", nullable: false),
                    ProjectsInPlan = table.Column<int>(type: "int", nullable: false),
                    ProjectsInActionPlan = table.Column<int>(type: "int", nullable: false),
                    ProjectsNotStarted = table.Column<int>(type: "int", nullable: false),
                    ProjectsInProgress = table.Column<int>(type: "int", nullable: false),
                    ProjectsDone = table.Column<int>(type: "int", nullable: false),
                    ProjectsCancelled = table.Column<int>(type: "int", nullable: false),
                    PlannedAmount = table.Column<long>(type: "bigint", nullable: false),
                    BudgetedAmount = table.Column<long>(type: "bigint", nullable: false),
                    DisbursedAmount = table.Column<long>(type: "bigint", nullable: false),
                    PercentCompleteTotal = table.Column<int>(type: "int", nullable: false),
                    ReportsDue = table.Column<int>(type: "int", nullable: false),
                    ReportsOnTime = table.Column<int>(type: "int", nullable: false),
                    ReportsLate = table.Column<int>(type: "int", nullable: false),
                    Proposals = table.Column<int>(type: "int", nullable: false),
                    Supports = table.Column<int>(type: "int", nullable: false),
                    Participants = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanningYearSummary", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReport",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Projects = table.Column<int>(type: "int", nullable: false),
                    NotStarted = table.Column<int>(type: "int", nullable: false),
                    InProgress = table.Column<int>(type: "int", nullable: false),
                    Done = table.Column<int>(type: "int", nullable: false),
                    Cancelled = table.Column<int>(type: "int", nullable: false),
                    Budgeted = table.Column<long>(type: "bigint", nullable: false),
                    Disbursed = table.Column<long>(type: "bigint", nullable: false),
                    AveragePercentComplete = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReport", x => x.Id);
                    table.CheckConstraint("CK_ProgressReport_Quarter", "Quarter BETWEEN 1 AND 4");
                });

            migrationBuilder.CreateTable(
                name: "PlanProject",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    AddedInVersion = table.Column<int>(type: "int", nullable: false),
                    RemovedInVersion = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanProject_DevelopmentPlan_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "planning",
                        principalTable: "DevelopmentPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersion",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersion_DevelopmentPlan_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "planning",
                        principalTable: "DevelopmentPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Strategy",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    No = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Goal = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ProvinceStrategy = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    NationalStrategy = table.Column<int>(type: "int", nullable: false),
                    AddedInVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Strategy", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Strategy_DevelopmentPlan_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "planning",
                        principalTable: "DevelopmentPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReportLine",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ReportId = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    ProjectCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ProjectName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    StrategyName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PercentComplete = table.Column<int>(type: "int", nullable: false),
                    Budgeted = table.Column<long>(type: "bigint", nullable: false),
                    Disbursed = table.Column<long>(type: "bigint", nullable: false),
                    Problems = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReportLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReportLine_ProgressReport_ReportId",
                        column: x => x.ReportId,
                        principalSchema: "planning",
                        principalTable: "ProgressReport",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanEntry",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    StartMonth = table.Column<int>(type: "int", nullable: false),
                    EndMonth = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PercentComplete = table.Column<int>(type: "int", nullable: false),
                    Problems = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    LastUpdatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastUpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanEntry", x => x.Id);
                    table.CheckConstraint("CK_ActionPlanEntry_Months", "StartMonth BETWEEN 1 AND 12 AND EndMonth BETWEEN StartMonth AND 12");
                    table.CheckConstraint("CK_ActionPlanEntry_Percent", "PercentComplete BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "FK_ActionPlanEntry_PlanProject_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "planning",
                        principalTable: "PlanProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Proposal",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProcessId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    EstimatedCost = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true),
                    ReviewedCost = table.Column<long>(type: "bigint", nullable: true),
                    PlanProjectId = table.Column<int>(type: "int", nullable: true),
                    SupportCount = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ModeratedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ModeratedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proposal", x => x.Id);
                    table.CheckConstraint("CK_Proposal_Cost", "EstimatedCost >= 0");
                    table.CheckConstraint("CK_Proposal_Supports", "SupportCount >= 0");
                    table.ForeignKey(
                        name: "FK_Proposal_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalSchema: "planning",
                        principalTable: "Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Proposal_ParticipationProcess_ProcessId",
                        column: x => x.ProcessId,
                        principalSchema: "planning",
                        principalTable: "ParticipationProcess",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Proposal_PlanProject_PlanProjectId",
                        column: x => x.PlanProjectId,
                        principalSchema: "planning",
                        principalTable: "PlanProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanProjectRevision",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProjectId = table.Column<int>(type: "int", nullable: false),
                    FromVersion = table.Column<int>(type: "int", nullable: false),
                    ToVersion = table.Column<int>(type: "int", nullable: true),
                    StrategyId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Objective = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Target = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Indicator = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ExpectedResult = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ResponsibleUnit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    Year1Amount = table.Column<long>(type: "bigint", nullable: false),
                    Year2Amount = table.Column<long>(type: "bigint", nullable: false),
                    Year3Amount = table.Column<long>(type: "bigint", nullable: false),
                    Year4Amount = table.Column<long>(type: "bigint", nullable: false),
                    Year5Amount = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanProjectRevision", x => x.Id);
                    table.CheckConstraint("CK_PlanProjectRevision_Amounts", "Year1Amount >= 0 AND Year2Amount >= 0 AND Year3Amount >= 0 AND Year4Amount >= 0 AND Year5Amount >= 0");
                    table.ForeignKey(
                        name: "FK_PlanProjectRevision_PlanProject_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "planning",
                        principalTable: "PlanProject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PlanProjectRevision_Strategy_StrategyId",
                        column: x => x.StrategyId,
                        principalSchema: "planning",
                        principalTable: "Strategy",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressUpdate",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PercentComplete = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Problems = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Remedies = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressUpdate", x => x.Id);
                    table.CheckConstraint("CK_ProgressUpdate_Percent", "PercentComplete BETWEEN 0 AND 100");
                    table.ForeignKey(
                        name: "FK_ProgressUpdate_ActionPlanEntry_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "planning",
                        principalTable: "ActionPlanEntry",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalComment",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProposalId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IsHidden = table.Column<bool>(type: "bit", nullable: false),
                    HiddenReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalComment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalComment_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalSchema: "planning",
                        principalTable: "Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalComment_Proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalSchema: "planning",
                        principalTable: "Proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProposalSupport",
                schema: "planning",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProcessId = table.Column<int>(type: "int", nullable: false),
                    ProposalId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalSupport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalSupport_Participant_ParticipantId",
                        column: x => x.ParticipantId,
                        principalSchema: "planning",
                        principalTable: "Participant",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProposalSupport_Proposal_ProposalId",
                        column: x => x.ProposalId,
                        principalSchema: "planning",
                        principalTable: "Proposal",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanEntry_LaoId_FiscalYear_ProjectId",
                schema: "planning",
                table: "ActionPlanEntry",
                columns: new[] { "LaoId", "FiscalYear", "ProjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanEntry_ProjectId",
                schema: "planning",
                table: "ActionPlanEntry",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachment_Owner_OwnerId",
                schema: "planning",
                table: "Attachment",
                columns: new[] { "Owner", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachment_StoredName",
                schema: "planning",
                table: "Attachment",
                column: "StoredName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DevelopmentPlan_LaoId_FirstYear",
                schema: "planning",
                table: "DevelopmentPlan",
                columns: new[] { "LaoId", "FirstYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participant_Email",
                schema: "planning",
                table: "Participant",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participant_LaoId",
                schema: "planning",
                table: "Participant",
                column: "LaoId");

            migrationBuilder.CreateIndex(
                name: "IX_Participant_TokenHash",
                schema: "planning",
                table: "Participant",
                column: "TokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationProcess_LaoId_FiscalYear",
                schema: "planning",
                table: "ParticipationProcess",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanningStrategySummary_FiscalYear_ProvinceId",
                schema: "planning",
                table: "PlanningStrategySummary",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanningStrategySummary_LaoId_FiscalYear_NationalStrategy",
                schema: "planning",
                table: "PlanningStrategySummary",
                columns: new[] { "LaoId", "FiscalYear", "NationalStrategy" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanningYearSummary_FiscalYear_ProvinceId",
                schema: "planning",
                table: "PlanningYearSummary",
                columns: new[] { "FiscalYear", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanningYearSummary_LaoId_FiscalYear",
                schema: "planning",
                table: "PlanningYearSummary",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanProject_LaoId_Code",
                schema: "planning",
                table: "PlanProject",
                columns: new[] { "LaoId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanProject_PlanId_Code",
                schema: "planning",
                table: "PlanProject",
                columns: new[] { "PlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanProjectRevision_ProjectId_FromVersion",
                schema: "planning",
                table: "PlanProjectRevision",
                columns: new[] { "ProjectId", "FromVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanProjectRevision_StrategyId",
                schema: "planning",
                table: "PlanProjectRevision",
                column: "StrategyId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersion_PlanId_Number",
                schema: "planning",
                table: "PlanVersion",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReport_LaoId_FiscalYear_Quarter",
                schema: "planning",
                table: "ProgressReport",
                columns: new[] { "LaoId", "FiscalYear", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReportLine_ReportId",
                schema: "planning",
                table: "ProgressReportLine",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressUpdate_EntryId",
                schema: "planning",
                table: "ProgressUpdate",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposal_ParticipantId",
                schema: "planning",
                table: "Proposal",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposal_PlanProjectId",
                schema: "planning",
                table: "Proposal",
                column: "PlanProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Proposal_ProcessId_Status",
                schema: "planning",
                table: "Proposal",
                columns: new[] { "ProcessId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalComment_ParticipantId",
                schema: "planning",
                table: "ProposalComment",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalComment_ProposalId",
                schema: "planning",
                table: "ProposalComment",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalSupport_ParticipantId",
                schema: "planning",
                table: "ProposalSupport",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposalSupport_ProcessId_ParticipantId",
                schema: "planning",
                table: "ProposalSupport",
                columns: new[] { "ProcessId", "ParticipantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalSupport_ProposalId_ParticipantId",
                schema: "planning",
                table: "ProposalSupport",
                columns: new[] { "ProposalId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Strategy_PlanId_No",
                schema: "planning",
                table: "Strategy",
                columns: new[] { "PlanId", "No" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachment",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "PlanningStrategySummary",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "PlanningYearSummary",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "PlanProjectRevision",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "PlanVersion",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ProgressReportLine",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ProgressUpdate",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ProposalComment",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ProposalSupport",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "Strategy",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ProgressReport",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ActionPlanEntry",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "Proposal",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "Participant",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "ParticipationProcess",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "PlanProject",
                schema: "planning");

            migrationBuilder.DropTable(
                name: "DevelopmentPlan",
                schema: "planning");
        }
    }
}
