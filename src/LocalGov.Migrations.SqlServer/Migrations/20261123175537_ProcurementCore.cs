using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "procurement");

            migrationBuilder.CreateTable(
                name: "MethodRule",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Method = table.Column<int>(type: "int", nullable: false),
                    AboveAmount = table.Column<long>(type: "bigint", nullable: false),
                    UpToAmount = table.Column<long>(type: "bigint", nullable: true),
                    Catalogue = table.Column<int>(type: "int", nullable: false),
                    RequiresReason = table.Column<bool>(type: "bit", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MethodRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementLimit",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementLimit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementPlan",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementPlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Vendor",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    TaxId = table.Column<string>(type: "nvarchar(13)", maxLength: 13, nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    BranchNo = table.Column<string>(type: "nvarchar(5)", maxLength: 5, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ContactName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BankName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    BankAccountNo = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    BankAccountName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vendor", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementPlanItem",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    BudgetLineId = table.Column<int>(type: "int", nullable: true),
                    EstimatedAmount = table.Column<long>(type: "bigint", nullable: false),
                    Method = table.Column<int>(type: "int", nullable: false),
                    ExpectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementPlanItem", x => x.Id);
                    table.CheckConstraint("CK_ProcurementPlanItem_Amount", "EstimatedAmount > 0");
                    table.ForeignKey(
                        name: "FK_ProcurementPlanItem_ProcurementPlan_PlanId",
                        column: x => x.PlanId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VendorBlacklisting",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VendorId = table.Column<int>(type: "int", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VendorBlacklisting", x => x.Id);
                    table.CheckConstraint("CK_VendorBlacklisting_Period", "ToDate IS NULL OR ToDate >= FromDate");
                    table.ForeignKey(
                        name: "FK_VendorBlacklisting_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalSchema: "procurement",
                        principalTable: "Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProcurementCase",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    CaseNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Justification = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    PlanItemId = table.Column<int>(type: "int", nullable: true),
                    BudgetLineId = table.Column<int>(type: "int", nullable: false),
                    RequisitionAmount = table.Column<long>(type: "bigint", nullable: false),
                    Reserved = table.Column<long>(type: "bigint", nullable: false),
                    InCatalogue = table.Column<bool>(type: "bit", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RequestedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReferencePrice = table.Column<long>(type: "bigint", nullable: true),
                    ReferencePriceBasis = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReferencePriceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Method = table.Column<int>(type: "int", nullable: true),
                    MethodReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementNo = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BidsCloseOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardedVendorId = table.Column<int>(type: "int", nullable: true),
                    AwardAmount = table.Column<long>(type: "bigint", nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementCase", x => x.Id);
                    table.CheckConstraint("CK_ProcurementCase_Amounts", "RequisitionAmount > 0 AND Reserved >= 0");
                    table.ForeignKey(
                        name: "FK_ProcurementCase_ProcurementPlanItem_PlanItemId",
                        column: x => x.PlanItemId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementPlanItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProcurementCase_Vendor_AwardedVendorId",
                        column: x => x.AwardedVendorId,
                        principalSchema: "procurement",
                        principalTable: "Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bid",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    VendorId = table.Column<int>(type: "int", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    IsResponsive = table.Column<bool>(type: "bit", nullable: true),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bid", x => x.Id);
                    table.CheckConstraint("CK_Bid_Price", "Price > 0");
                    table.ForeignKey(
                        name: "FK_Bid_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bid_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalSchema: "procurement",
                        principalTable: "Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseEvent",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DocumentNo = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseEvent_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseItem",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    LineNo = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Quantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    IsDurable = table.Column<bool>(type: "bit", nullable: false),
                    UsefulLifeYears = table.Column<int>(type: "int", nullable: true),
                    AssetCategory = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseItem", x => x.Id);
                    table.CheckConstraint("CK_CaseItem_Positive", "Quantity > 0 AND UnitPrice > 0 AND Total > 0");
                    table.ForeignKey(
                        name: "FK_CaseItem_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeMember",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    Committee = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Role = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeMember_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PurchaseContract",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<int>(type: "int", nullable: false),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ContractNo = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    VendorId = table.Column<int>(type: "int", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GuaranteeKind = table.Column<int>(type: "int", nullable: false),
                    GuaranteeAmount = table.Column<long>(type: "bigint", nullable: false),
                    GuaranteeReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    GuaranteeReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PenaltyBasisPointsPerDay = table.Column<int>(type: "int", nullable: false),
                    PenaltyBase = table.Column<int>(type: "int", nullable: false),
                    MinimumPenaltyPerDay = table.Column<long>(type: "bigint", nullable: false),
                    SignedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchaseContract", x => x.Id);
                    table.CheckConstraint("CK_PurchaseContract_Amounts", "Amount > 0 AND GuaranteeAmount >= 0 AND MinimumPenaltyPerDay >= 0 AND PenaltyBasisPointsPerDay >= 0");
                    table.CheckConstraint("CK_PurchaseContract_Dates", "DueOn >= StartOn");
                    table.ForeignKey(
                        name: "FK_PurchaseContract_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchaseContract_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalSchema: "procurement",
                        principalTable: "Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContractInstalment",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContractId = table.Column<int>(type: "int", nullable: false),
                    No = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveryNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Accepted = table.Column<bool>(type: "bit", nullable: true),
                    InspectionNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    InspectedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    LateDays = table.Column<int>(type: "int", nullable: false),
                    Penalty = table.Column<long>(type: "bigint", nullable: false),
                    PaymentVoucherNo = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    PaymentRequestedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractInstalment", x => x.Id);
                    table.CheckConstraint("CK_ContractInstalment_Amounts", "Amount > 0 AND Penalty >= 0 AND Penalty <= Amount AND LateDays >= 0");
                    table.ForeignKey(
                        name: "FK_ContractInstalment_PurchaseContract_ContractId",
                        column: x => x.ContractId,
                        principalSchema: "procurement",
                        principalTable: "PurchaseContract",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Asset",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LaoId = table.Column<int>(type: "int", nullable: false),
                    AssetCode = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CaseId = table.Column<int>(type: "int", nullable: true),
                    InstalmentId = table.Column<int>(type: "int", nullable: true),
                    VendorId = table.Column<int>(type: "int", nullable: true),
                    AcquiredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Cost = table.Column<long>(type: "bigint", nullable: false),
                    SalvageValue = table.Column<long>(type: "bigint", nullable: false),
                    UsefulLifeYears = table.Column<int>(type: "int", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Custodian = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    DisposedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DisposalMethod = table.Column<int>(type: "int", nullable: true),
                    DisposalProceeds = table.Column<long>(type: "bigint", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Asset", x => x.Id);
                    table.CheckConstraint("CK_Asset_Values", "Cost > 0 AND SalvageValue >= 0 AND SalvageValue <= Cost AND UsefulLifeYears > 0");
                    table.ForeignKey(
                        name: "FK_Asset_ContractInstalment_InstalmentId",
                        column: x => x.InstalmentId,
                        principalSchema: "procurement",
                        principalTable: "ContractInstalment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Asset_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalSchema: "procurement",
                        principalTable: "ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Asset_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalSchema: "procurement",
                        principalTable: "Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssetEvent",
                schema: "procurement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssetId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FromLocation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ToLocation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    FromCustodian = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ToCustodian = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Amount = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssetEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssetEvent_Asset_AssetId",
                        column: x => x.AssetId,
                        principalSchema: "procurement",
                        principalTable: "Asset",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Asset_CaseId",
                schema: "procurement",
                table: "Asset",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Asset_InstalmentId",
                schema: "procurement",
                table: "Asset",
                column: "InstalmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Asset_LaoId_AssetCode",
                schema: "procurement",
                table: "Asset",
                columns: new[] { "LaoId", "AssetCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Asset_LaoId_Status",
                schema: "procurement",
                table: "Asset",
                columns: new[] { "LaoId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Asset_VendorId",
                schema: "procurement",
                table: "Asset",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_AssetEvent_AssetId_OccurredOn",
                schema: "procurement",
                table: "AssetEvent",
                columns: new[] { "AssetId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Bid_CaseId_VendorId",
                schema: "procurement",
                table: "Bid",
                columns: new[] { "CaseId", "VendorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bid_VendorId",
                schema: "procurement",
                table: "Bid",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvent_CaseId_OccurredOn",
                schema: "procurement",
                table: "CaseEvent",
                columns: new[] { "CaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseItem_CaseId_LineNo",
                schema: "procurement",
                table: "CaseItem",
                columns: new[] { "CaseId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeMember_CaseId_Committee_SortOrder",
                schema: "procurement",
                table: "CommitteeMember",
                columns: new[] { "CaseId", "Committee", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ContractInstalment_ContractId_No",
                schema: "procurement",
                table: "ContractInstalment",
                columns: new[] { "ContractId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MethodRule_Method_Catalogue_AboveAmount_EffectiveFrom",
                schema: "procurement",
                table: "MethodRule",
                columns: new[] { "Method", "Catalogue", "AboveAmount", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_AwardedVendorId",
                schema: "procurement",
                table: "ProcurementCase",
                column: "AwardedVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_FiscalYear_LaoId_Method",
                schema: "procurement",
                table: "ProcurementCase",
                columns: new[] { "FiscalYear", "LaoId", "Method" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_LaoId_FiscalYear_CaseNo",
                schema: "procurement",
                table: "ProcurementCase",
                columns: new[] { "LaoId", "FiscalYear", "CaseNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_LaoId_Status_Id",
                schema: "procurement",
                table: "ProcurementCase",
                columns: new[] { "LaoId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_PlanItemId",
                schema: "procurement",
                table: "ProcurementCase",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementCase_PublishedOn_LaoId",
                schema: "procurement",
                table: "ProcurementCase",
                columns: new[] { "PublishedOn", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementLimit_Kind_EffectiveFrom",
                schema: "procurement",
                table: "ProcurementLimit",
                columns: new[] { "Kind", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlan_LaoId_FiscalYear",
                schema: "procurement",
                table: "ProcurementPlan",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementPlanItem_PlanId_LineNo",
                schema: "procurement",
                table: "ProcurementPlanItem",
                columns: new[] { "PlanId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseContract_CaseId",
                schema: "procurement",
                table: "PurchaseContract",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseContract_LaoId_ContractNo",
                schema: "procurement",
                table: "PurchaseContract",
                columns: new[] { "LaoId", "ContractNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseContract_LaoId_DueOn",
                schema: "procurement",
                table: "PurchaseContract",
                columns: new[] { "LaoId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseContract_VendorId",
                schema: "procurement",
                table: "PurchaseContract",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_Vendor_LaoId_Name",
                schema: "procurement",
                table: "Vendor",
                columns: new[] { "LaoId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Vendor_LaoId_TaxId",
                schema: "procurement",
                table: "Vendor",
                columns: new[] { "LaoId", "TaxId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VendorBlacklisting_VendorId",
                schema: "procurement",
                table: "VendorBlacklisting",
                column: "VendorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssetEvent",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "Bid",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "CaseEvent",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "CaseItem",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "CommitteeMember",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "MethodRule",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "ProcurementLimit",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "VendorBlacklisting",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "Asset",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "ContractInstalment",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "PurchaseContract",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "ProcurementCase",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "ProcurementPlanItem",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "Vendor",
                schema: "procurement");

            migrationBuilder.DropTable(
                name: "ProcurementPlan",
                schema: "procurement");
        }
    }
}
