using System.Globalization;
using System.Text;
using LocalGov.Planning.Services.Rollups;
using LocalGov.SharedKernel.Amounts;
using Microsoft.AspNetCore.Html;

namespace LocalGov.Planning.Areas.Planning.Features.Rollups;

/// <summary>
/// The numeric cells of a roll-up row, written directly (a province has up to ~250 LAO rows; a partial view per row
/// costs more than the page's query). Numbers and formatted amounts only: nothing to encode.
/// </summary>
internal static class RollupHtml
{
    /// <summary>Projects in plan … reports late (14 cells), in the order of <see cref="RollupExcel"/>.</summary>
    public static IHtmlContent FigureCells(RollupFigures f)
    {
        var html = new StringBuilder(1024);
        void Cell(string name, string text) => html.Append("<td class=\"num\" data-col=\"").Append(name).Append("\">").Append(text).Append("</td>");
        void Count(string name, int value) => Cell(name, value.ToString("N0", CultureInfo.InvariantCulture));
        Count("inplan", f.ProjectsInPlan);
        Count("inactionplan", f.ProjectsInActionPlan);
        Count("done", f.ProjectsDone);
        Count("inprogress", f.ProjectsInProgress);
        Count("notstarted", f.ProjectsNotStarted);
        Count("cancelled", f.ProjectsCancelled);
        Cell("planned", BahtFormat.Format(f.Planned / 100m));
        Cell("budgeted", BahtFormat.Format(f.Budgeted / 100m));
        Cell("disbursed", BahtFormat.Format(f.Disbursed / 100m));
        Cell("rate", Percent(f.DisbursementRate));
        Cell("progress", Percent(f.Progress));
        Count("due", f.ReportsDue);
        Count("ontime", f.ReportsOnTime);
        Count("late", f.ReportsLate);
        return new HtmlString(html.ToString());
    }

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";
}
