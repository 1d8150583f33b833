using System.Globalization;
using AngleSharp.Html.Dom;
using LocalGov.Data;
using LocalGov.IntegrationTests.Finance.Vouchers;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Domain;
using LocalGov.Planning.Services;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Planning.Plans;

/// <summary>Plans of their own period per test (one factory is shared by a class), built through the domain methods.</summary>
internal static class PlanTestData
{
    public static Task<int> DemoLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Code = {DemoData.DemoLaoCode}").SingleAsync());

    public static Task<int> OtherLaoIdAsync(LocalGovFactory factory, int own) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} ORDER BY Id LIMIT 1").SingleAsync());

    public static string Code(int firstYear) => $"T{firstYear}-001";

    /// <summary>An approved plan (version 1) with one strategy and one project <see cref="Code"/> of 1,000,000 baht a year.</summary>
    public static Task<int> ApprovedPlanAsync(LocalGovFactory factory, int laoId, int firstYear) => factory.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var plan = new DevelopmentPlan { LaoId = laoId, FirstYear = firstYear, Vision = "วิสัยทัศน์ทดสอบ", CreatedBy = "planning", CreatedAt = now };
        plan.StartVersion(PlanVersionKind.Original, "ฉบับแรก", null, "planning", now);
        plan.Strategies.Add(new Strategy { No = 1, Name = "ยุทธศาสตร์ทดสอบ", NationalStrategy = NationalStrategy.Competitiveness, AddedInVersion = 1 });
        db.Set<DevelopmentPlan>().Add(plan);
        await db.SaveChangesAsync();
        var content = new PlanProjectRevision { Name = "โครงการทดสอบ", StrategyId = plan.Strategies[0].Id, Target = "เป้าหมาย" };
        for (var i = 0; i < DevelopmentPlan.Years; i++)
        {
            content.SetAmountForYearIndex(i, Money.FromBaht(1_000_000m));
        }

        plan.AddProject(Code(firstYear), content);
        plan.ApproveDraft(new DateOnly(2026, 1, 10), "นายก", "planning", now);
        await db.SaveChangesAsync();
        return plan.Id;
    });

    public static Task<DevelopmentPlan> LoadAsync(LocalGovFactory factory, int planId) => factory.WithDbAsync(db =>
        db.Set<DevelopmentPlan>().AsNoTracking().Where(p => p.Id == planId).WithContent().SingleAsync());

    public static Task<int> ProjectIdAsync(LocalGovFactory factory, int planId, string code) => factory.WithDbAsync(db =>
        db.Set<PlanProject>().Where(p => p.PlanId == planId && p.Code == code).Select(p => p.Id).SingleAsync());

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Task<(HttpResponseMessage Response, IHtmlDocument Document)> StartAmendmentAsync(Browser browser, int planId) =>
        VoucherTestData.SubmitFormAsync(browser, $"/Planning/Plans/Details/{planId}", "version-form", new Dictionary<string, string>
        {
            ["Kind"] = "Amendment",
            ["Title"] = "แก้ไขครั้งที่ 1",
            ["Reason"] = "ปรับงบประมาณตามความจำเป็น",
        });

    public static Task<(HttpResponseMessage Response, IHtmlDocument Document)> ChangeAmountAsync(Browser browser, int planId, int projectId, int yearIndex, string amount) =>
        VoucherTestData.SubmitFormAsync(browser, $"/Planning/Plans/Project/{planId}?projectId={projectId}", "project-form", new Dictionary<string, string>
        {
            [$"Amount{yearIndex + 1}"] = amount,
        });

    public static Task<(HttpResponseMessage Response, IHtmlDocument Document)> ApproveAsync(Browser browser, int planId, DateOnly on) =>
        VoucherTestData.SubmitFormAsync(browser, $"/Planning/Plans/Approve/{planId}", "approve-form", new Dictionary<string, string>
        {
            ["ApprovedOn"] = Iso(on),
            ["ApprovedBy"] = "นายกเทศมนตรีเมืองนครนายก",
        });

    /// <summary>The amounts of the page's grand total row, by year (B.E.).</summary>
    public static Dictionary<int, string> GrandTotals(IHtmlDocument page) =>
        page.QuerySelectorAll("#grand-total td[data-year]").ToDictionary(
            td => int.Parse(td.GetAttribute("data-year")!, CultureInfo.InvariantCulture), td => td.TextContent.Trim());
}
