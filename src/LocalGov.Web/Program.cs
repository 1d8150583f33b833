using LocalGov.Benchmarking;
using LocalGov.Budgeting;
using LocalGov.Finance;
using LocalGov.OpenData;
using LocalGov.Organizations;
using LocalGov.Planning;
using LocalGov.Procurement;
using LocalGov.Revenue;
using LocalGov.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddLocalGovLogging();
builder.AddModule<OrganizationsModule>();
builder.AddModule<BudgetingModule>();
builder.AddModule<PlanningModule>();
builder.AddModule<RevenueModule>();
builder.AddModule<FinanceModule>();
builder.AddModule<ProcurementModule>();
builder.AddModule<BenchmarkingModule>();
builder.AddModule<OpenDataModule>();
builder.AddLocalGovPlatform();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.InitializeDatabaseAsync();
app.UseLocalGovPlatform();
app.MapLocalGovEndpoints();
await app.RunAsync();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
