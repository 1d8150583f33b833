using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LocalGov.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ProcurementCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "procurement_MethodRule",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    AboveAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    UpToAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    Catalogue = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresReason = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_MethodRule", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procurement_ProcurementLimit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_ProcurementLimit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procurement_ProcurementPlan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_ProcurementPlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procurement_Vendor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    BranchNo = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccountNo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BankAccountName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_Vendor", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "procurement_ProcurementPlanItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: true),
                    EstimatedAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    ExpectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_ProcurementPlanItem", x => x.Id);
                    table.CheckConstraint("CK_ProcurementPlanItem_Amount", "EstimatedAmount > 0");
                    table.ForeignKey(
                        name: "FK_procurement_ProcurementPlanItem_procurement_ProcurementPlan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "procurement_ProcurementPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procurement_VendorBlacklisting",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_VendorBlacklisting", x => x.Id);
                    table.CheckConstraint("CK_VendorBlacklisting_Period", "ToDate IS NULL OR ToDate >= FromDate");
                    table.ForeignKey(
                        name: "FK_procurement_VendorBlacklisting_procurement_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalTable: "procurement_Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procurement_ProcurementCase",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PlanItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    BudgetLineId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequisitionAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", nullable: false),
                    InCatalogue = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferencePrice = table.Column<long>(type: "INTEGER", nullable: true),
                    ReferencePriceBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReferencePriceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: true),
                    MethodReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncementNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BidsCloseOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AwardedVendorId = table.Column<int>(type: "INTEGER", nullable: true),
                    AwardAmount = table.Column<long>(type: "INTEGER", nullable: true),
                    AwardedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AwardReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CancelledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_ProcurementCase", x => x.Id);
                    table.CheckConstraint("CK_ProcurementCase_Amounts", "RequisitionAmount > 0 AND Reserved >= 0");
                    table.ForeignKey(
                        name: "FK_procurement_ProcurementCase_procurement_ProcurementPlanItem_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "procurement_ProcurementPlanItem",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_procurement_ProcurementCase_procurement_Vendor_AwardedVendorId",
                        column: x => x.AwardedVendorId,
                        principalTable: "procurement_Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procurement_Bid",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false),
                    IsResponsive = table.Column<bool>(type: "INTEGER", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_Bid", x => x.Id);
                    table.CheckConstraint("CK_Bid_Price", "Price > 0");
                    table.ForeignKey(
                        name: "FK_procurement_Bid_procurement_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "procurement_ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_procurement_Bid_procurement_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalTable: "procurement_Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procurement_CaseEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DocumentNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_CaseEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procurement_CaseEvent_procurement_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "procurement_ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procurement_CaseItem",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    UnitPrice = table.Column<long>(type: "INTEGER", nullable: false),
                    Total = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDurable = table.Column<bool>(type: "INTEGER", nullable: false),
                    UsefulLifeYears = table.Column<int>(type: "INTEGER", nullable: true),
                    AssetCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_CaseItem", x => x.Id);
                    table.CheckConstraint("CK_CaseItem_Positive", "Quantity > 0 AND UnitPrice > 0 AND Total > 0");
                    table.ForeignKey(
                        name: "FK_procurement_CaseItem_procurement_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "procurement_ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procurement_CommitteeMember",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Committee = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_CommitteeMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procurement_CommitteeMember_procurement_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "procurement_ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procurement_PurchaseContract",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    StartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GuaranteeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    GuaranteeAmount = table.Column<long>(type: "INTEGER", nullable: false),
                    GuaranteeReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    GuaranteeReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PenaltyBasisPointsPerDay = table.Column<int>(type: "INTEGER", nullable: false),
                    PenaltyBase = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumPenaltyPerDay = table.Column<long>(type: "INTEGER", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_PurchaseContract", x => x.Id);
                    table.CheckConstraint("CK_PurchaseContract_Amounts", "Amount > 0 AND GuaranteeAmount >= 0 AND MinimumPenaltyPerDay >= 0 AND PenaltyBasisPointsPerDay >= 0");
                    table.CheckConstraint("CK_PurchaseContract_Dates", "DueOn >= StartOn");
                    table.ForeignKey(
                        name: "FK_procurement_PurchaseContract_procurement_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "procurement_ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_procurement_PurchaseContract_procurement_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalTable: "procurement_Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procurement_ContractInstalment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    No = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Accepted = table.Column<bool>(type: "INTEGER", nullable: true),
                    InspectionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    InspectedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LateDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Penalty = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentVoucherNo = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PaymentRequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_ContractInstalment", x => x.Id);
                    table.CheckConstraint("CK_ContractInstalment_Amounts", "Amount > 0 AND Penalty >= 0 AND Penalty <= Amount AND LateDays >= 0");
                    table.ForeignKey(
                        name: "FK_procurement_ContractInstalment_procurement_PurchaseContract_ContractId",
                        column: x => x.ContractId,
                        principalTable: "procurement_PurchaseContract",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "procurement_Asset",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LaoId = table.Column<int>(type: "INTEGER", nullable: false),
                    AssetCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CaseId = table.Column<int>(type: "INTEGER", nullable: true),
                    InstalmentId = table.Column<int>(type: "INTEGER", nullable: true),
                    VendorId = table.Column<int>(type: "INTEGER", nullable: true),
                    AcquiredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cost = table.Column<long>(type: "INTEGER", nullable: false),
                    SalvageValue = table.Column<long>(type: "INTEGER", nullable: false),
                    UsefulLifeYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Custodian = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DisposedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DisposalMethod = table.Column<int>(type: "INTEGER", nullable: true),
                    DisposalProceeds = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_Asset", x => x.Id);
                    table.CheckConstraint("CK_Asset_Values", "Cost > 0 AND SalvageValue >= 0 AND SalvageValue <= Cost AND UsefulLifeYears > 0");
                    table.ForeignKey(
                        name: "FK_procurement_Asset_procurement_ContractInstalment_InstalmentId",
                        column: x => x.InstalmentId,
                        principalTable: "procurement_ContractInstalment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_procurement_Asset_procurement_ProcurementCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "procurement_ProcurementCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_procurement_Asset_procurement_Vendor_VendorId",
                        column: x => x.VendorId,
                        principalTable: "procurement_Vendor",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "procurement_AssetEvent",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FromLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToLocation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FromCustodian = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToCustodian = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_procurement_AssetEvent", x => x.Id);
                    table.ForeignKey(
                        name: "FK_procurement_AssetEvent_procurement_Asset_AssetId",
                        column: x => x.AssetId,
                        principalTable: "procurement_Asset",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Asset_CaseId",
                table: "procurement_Asset",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Asset_InstalmentId",
                table: "procurement_Asset",
                column: "InstalmentId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Asset_LaoId_AssetCode",
                table: "procurement_Asset",
                columns: new[] { "LaoId", "AssetCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Asset_LaoId_Status",
                table: "procurement_Asset",
                columns: new[] { "LaoId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Asset_VendorId",
                table: "procurement_Asset",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_AssetEvent_AssetId_OccurredOn",
                table: "procurement_AssetEvent",
                columns: new[] { "AssetId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Bid_CaseId_VendorId",
                table: "procurement_Bid",
                columns: new[] { "CaseId", "VendorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Bid_VendorId",
                table: "procurement_Bid",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_CaseEvent_CaseId_OccurredOn",
                table: "procurement_CaseEvent",
                columns: new[] { "CaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_CaseItem_CaseId_LineNo",
                table: "procurement_CaseItem",
                columns: new[] { "CaseId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_CommitteeMember_CaseId_Committee_SortOrder",
                table: "procurement_CommitteeMember",
                columns: new[] { "CaseId", "Committee", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ContractInstalment_ContractId_No",
                table: "procurement_ContractInstalment",
                columns: new[] { "ContractId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_MethodRule_Method_Catalogue_AboveAmount_EffectiveFrom",
                table: "procurement_MethodRule",
                columns: new[] { "Method", "Catalogue", "AboveAmount", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementCase_AwardedVendorId",
                table: "procurement_ProcurementCase",
                column: "AwardedVendorId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementCase_FiscalYear_LaoId_Method",
                table: "procurement_ProcurementCase",
                columns: new[] { "FiscalYear", "LaoId", "Method" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementCase_LaoId_FiscalYear_CaseNo",
                table: "procurement_ProcurementCase",
                columns: new[] { "LaoId", "FiscalYear", "CaseNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementCase_LaoId_Status_Id",
                table: "procurement_ProcurementCase",
                columns: new[] { "LaoId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementCase_PlanItemId",
                table: "procurement_ProcurementCase",
                column: "PlanItemId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementCase_PublishedOn_LaoId",
                table: "procurement_ProcurementCase",
                columns: new[] { "PublishedOn", "LaoId" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementLimit_Kind_EffectiveFrom",
                table: "procurement_ProcurementLimit",
                columns: new[] { "Kind", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementPlan_LaoId_FiscalYear",
                table: "procurement_ProcurementPlan",
                columns: new[] { "LaoId", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_ProcurementPlanItem_PlanId_LineNo",
                table: "procurement_ProcurementPlanItem",
                columns: new[] { "PlanId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_PurchaseContract_CaseId",
                table: "procurement_PurchaseContract",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_PurchaseContract_LaoId_ContractNo",
                table: "procurement_PurchaseContract",
                columns: new[] { "LaoId", "ContractNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_PurchaseContract_LaoId_DueOn",
                table: "procurement_PurchaseContract",
                columns: new[] { "LaoId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_PurchaseContract_VendorId",
                table: "procurement_PurchaseContract",
                column: "VendorId");

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Vendor_LaoId_Name",
                table: "procurement_Vendor",
                columns: new[] { "LaoId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_procurement_Vendor_LaoId_TaxId",
                table: "procurement_Vendor",
                columns: new[] { "LaoId", "TaxId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_procurement_VendorBlacklisting_VendorId",
                table: "procurement_VendorBlacklisting",
                column: "VendorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "procurement_AssetEvent");

            migrationBuilder.DropTable(
                name: "procurement_Bid");

            migrationBuilder.DropTable(
                name: "procurement_CaseEvent");

            migrationBuilder.DropTable(
                name: "procurement_CaseItem");

            migrationBuilder.DropTable(
                name: "procurement_CommitteeMember");

            migrationBuilder.DropTable(
                name: "procurement_MethodRule");

            migrationBuilder.DropTable(
                name: "procurement_ProcurementLimit");

            migrationBuilder.DropTable(
                name: "procurement_VendorBlacklisting");

            migrationBuilder.DropTable(
                name: "procurement_Asset");

            migrationBuilder.DropTable(
                name: "procurement_ContractInstalment");

            migrationBuilder.DropTable(
                name: "procurement_PurchaseContract");

            migrationBuilder.DropTable(
                name: "procurement_ProcurementCase");

            migrationBuilder.DropTable(
                name: "procurement_ProcurementPlanItem");

            migrationBuilder.DropTable(
                name: "procurement_Vendor");

            migrationBuilder.DropTable(
                name: "procurement_ProcurementPlan");
        }
    }
}
