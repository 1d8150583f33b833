using LocalGov.Finance.Domain;
using LocalGov.Finance.Services.Reports;

namespace LocalGov.UnitTests.Finance.Reports;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(1, 10, 2024)]
    [InlineData(3, 12, 2024)]
    [InlineData(4, 1, 2025)]
    [InlineData(12, 9, 2025)]
    public void Months_of_the_fiscal_year_run_from_October_to_September(int monthOfYear, int calendarMonth, int calendarYear)
    {
        Assert.Equal(calendarMonth, ReportPeriod.CalendarMonth(monthOfYear));
        Assert.Equal(calendarYear, ReportPeriod.CalendarYear(2568, monthOfYear));
    }

    [Fact]
    public void A_month_brings_forward_the_opening_entry_and_the_months_before_it()
    {
        var march = new ReportPeriod(2568, 6);

        Assert.Equal((0, 5), march.Opening);
        Assert.Equal((6, 6), march.Movements);
        Assert.Equal((1, 6), march.YearToDate);
        Assert.Equal((0, 6), march.AsAtEnd);
        Assert.Equal(new DateOnly(2025, 3, 1), march.StartDate);
        Assert.Equal(new DateOnly(2025, 3, 31), march.EndDate);
    }

    [Fact]
    public void The_whole_year_brings_forward_only_the_opening_entry()
    {
        var year = new ReportPeriod(2568, null);

        Assert.Equal((0, 0), year.Opening);
        Assert.Equal((1, 12), year.Movements);
        Assert.Equal((1, 12), year.YearToDate);
        Assert.Equal(new DateOnly(2024, 10, 1), year.StartDate);
        Assert.Equal(new DateOnly(2025, 9, 30), year.EndDate);
    }

    [Fact]
    public void After_closing_includes_the_closing_entry_only_when_the_period_reaches_the_year_end()
    {
        Assert.Equal((1, LedgerRules.ClosingPeriod), new ReportPeriod(2568, null, AfterClosing: true).Movements);
        Assert.Equal((12, LedgerRules.ClosingPeriod), new ReportPeriod(2568, 12, AfterClosing: true).Movements);
        Assert.Equal((0, LedgerRules.ClosingPeriod), new ReportPeriod(2568, 12, AfterClosing: true).AsAtEnd);
        Assert.Equal((5, 5), new ReportPeriod(2568, 5, AfterClosing: true).Movements);
        Assert.Equal((1, 12), new ReportPeriod(2568, null, AfterClosing: true).YearToDate);
    }

    [Theory]
    [InlineData(null, null, 2570, null)]
    [InlineData(2568, 0, 2568, null)]
    [InlineData(2568, 13, 2568, null)]
    [InlineData(2568, 7, 2568, 7)]
    [InlineData(99, 2, 2570, 2)]
    public void The_query_string_falls_back_to_the_current_year_and_the_whole_year(int? year, int? month, int expectedYear, int? expectedMonth)
    {
        var period = ReportPeriod.From(year, month, false, 2570);

        Assert.Equal(expectedYear, period.FiscalYear);
        Assert.Equal(expectedMonth, period.Month);
    }

    [Fact]
    public void Accounts_are_grouped_under_their_parents_in_chart_order()
    {
        var revenue = new Account { Id = 1, Code = "4000000000", NameTh = "รายได้", NameEn = "Revenue", IsPostable = false, SortOrder = 50 };
        var assets = new Account { Id = 2, Code = "1000000000", NameTh = "สินทรัพย์", NameEn = "Assets", IsPostable = false, SortOrder = 10 };
        var fees = new Account { Id = 3, Code = "4102010101", NameTh = "ค่าธรรมเนียม", NameEn = "Fees", ParentId = 1, SortOrder = 70 };
        var tax = new Account { Id = 4, Code = "4101010101", NameTh = "ภาษี", NameEn = "Tax", ParentId = 1, SortOrder = 60 };
        var cash = new Account { Id = 5, Code = "1101010101", NameTh = "เงินสด", NameEn = "Cash", ParentId = 2, SortOrder = 20 };
        var orphan = new Account { Id = 6, Code = "9999999999", NameTh = "อื่น", NameEn = "Other", ParentId = 99, SortOrder = 5 };
        var chart = new[] { revenue, assets, fees, tax, cash, orphan }.ToDictionary(a => a.Id);

        var groups = AccountGroups.ByParent([fees, orphan, tax, cash], chart);

        Assert.Equal(new string?[] { "1000000000", "4000000000", null }, groups.Select(g => g.Parent?.Code));
        Assert.Equal(new[] { "4101010101", "4102010101" }, groups[1].Accounts.Select(a => a.Code));
        Assert.Equal("9999999999", Assert.Single(groups[2].Accounts).Code);
    }
}
