using System.Globalization;
using System.Text;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Html;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Rollups;

/// <summary>
/// The numeric cells of a roll-up row, written directly (the national page has ~90 such rows; a partial view
/// per row cost more than the page's queries). Numbers and formatted amounts only: nothing to encode.
/// </summary>
internal static class RollupHtml
{
    public static IHtmlContent StatusCells(RollupTotals t)
    {
        var html = new StringBuilder(1024);
        void Cell(string text) => html.Append("<td class=\"num\">").Append(text).Append("</td>\n");
        void Count(int value) => Cell(value.ToString("N0", CultureInfo.InvariantCulture));
        Count(t.LaoCount);
        Count(t.Statuses.NotStarted);
        Count(t.Statuses.Draft);
        Count(t.Statuses.InCouncil);
        Count(t.Statuses.AwaitingApproval);
        Count(t.Statuses.Approved);
        Count(t.Statuses.Late);
        Cell(BahtFormat.Format(t.Revenue / 100m));
        Cell(BahtFormat.Format(t.Expenditure / 100m));
        Cell(Percent(t.PersonnelSharePercent));
        Cell(BahtFormat.Format(t.PreviousExpenditure / 100m));
        Cell(Change(t.ChangePercent));
        return new HtmlString(html.ToString());
    }

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    public static string Change(decimal? value) => value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %" : "–";
}
