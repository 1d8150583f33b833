using System.Globalization;
using ClosedXML.Excel;
using LocalGov.Organizations.Contracts;
using LocalGov.Procurement.Contracts;
using LocalGov.Procurement.Resources;
using LocalGov.Procurement.Services;
using LocalGov.Procurement.Services.Reports;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Security;
using LocalGov.SharedKernel.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalGov.Procurement.Areas.Procurement.Features.Reports;

internal sealed record ReportsViewModel(
    int FiscalYear,
    LaoDto? Lao,
    IReadOnlyList<VolumeRow<ProcurementMethod?>> ByMethod,
    IReadOnlyList<(LaoDto? Lao, int LaoId, int Cases, Money Value)> ByLao,
    IReadOnlyList<VolumeRow<int>> ByMonth,
    int SpecificCount,
    Money SpecificValue,
    int TotalCount,
    Money TotalValue,
    double? AverageDays,
    IReadOnlyList<(LateInstalment Row, LaoDto? Lao)> Late,
    int LateTotal)
{
    public double SpecificShareByCount => TotalCount == 0 ? 0 : (double)SpecificCount / TotalCount;

    public double SpecificShareByValue => TotalValue.Satang == 0 ? 0 : (double)SpecificValue.Satang / TotalValue.Satang;
}

/// <summary>
/// The DLA's procurement view of a fiscal year: volume by method, by LAO and by month of award, the share of
/// specific-method purchases, the average days from announcement to contract, late contracts; each table also as
/// Excel. Provincial officers see their province, national officers all, LAO staff their own LAO; a laoId outside the
/// user's scope is a 404.
/// </summary>
[Area("Procurement")]
[Authorize(Policy = ProcurementModule.ReadPolicy)]
internal sealed class ReportsController(
    ProcurementReportQueries queries,
    ProcurementAccess access,
    IOrganizationDirectory directory,
    IStringLocalizer<Strings> l,
    TimeProvider clock) : Controller
{
    private const int ScreenLateRows = 200;
    private const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [HttpGet]
    public async Task<IActionResult> Index(int? year, int? laoId, string? format, string? table, CancellationToken cancellationToken)
    {
        var fiscalYear = year is >= FiscalYear.MinBuddhistYear and <= FiscalYear.MaxBuddhistYear ? year.Value : FiscalYear.Current(clock).BuddhistYear;
        var filter = await access.ReadableAsync(cancellationToken);
        LaoDto? lao = null;
        if (laoId is { } id)
        {
            if (!await access.CanReadAsync(id, cancellationToken) || await directory.FindLaoAsync(id, cancellationToken) is not { } found)
            {
                return NotFound();
            }

            lao = found;
            filter = LaoFilter.Only([id]);
        }
        else if (access.OwnLaoId is { } own)
        {
            lao = await directory.FindLaoAsync(own, cancellationToken);
            filter = LaoFilter.Only([own]);
        }

        var excel = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);

        // The screen shows every table; an Excel download is one table (Workbook's keys), so only its query runs.
        bool Needs(string t) => !excel || table == t;
        IReadOnlyList<VolumeRow<ProcurementMethod?>> byMethod = Needs("method") ? await queries.ByMethodAsync(fiscalYear, filter, cancellationToken) : [];
        IReadOnlyList<VolumeRow<int>> byLaoRows = Needs("lao") ? await queries.ByLaoAsync(fiscalYear, filter, cancellationToken) : [];
        var laos = (await directory.GetLaosAsync([.. byLaoRows.Select(r => r.Key)], cancellationToken)).ToDictionary(x => x.Id);
        var byLao = byLaoRows.Select(r => (laos.GetValueOrDefault(r.Key), r.Key, r.Cases, r.Value)).OrderByDescending(r => r.Value).ToList();
        IReadOnlyList<VolumeRow<int>> byMonth = Needs("month") ? await queries.ByMonthAsync(fiscalYear, filter, cancellationToken) : [];
        var average = excel ? null : await queries.AverageDaysToContractAsync(fiscalYear, filter, cancellationToken);
        IReadOnlyList<LateInstalment> late = Needs("late") ? await queries.LateAsync(fiscalYear, filter, excel ? null : ScreenLateRows, cancellationToken) : [];
        var lateTotal = excel ? late.Count : await queries.LateCountAsync(fiscalYear, filter, cancellationToken);
        var missing = late.Select(r => r.LaoId).Where(x => !laos.ContainsKey(x)).Distinct().ToList();
        foreach (var x in await directory.GetLaosAsync(missing, cancellationToken))
        {
            laos[x.Id] = x;
        }

        var specific = byMethod.Where(r => r.Key == ProcurementMethod.Specific).ToList();
        var model = new ReportsViewModel(fiscalYear, lao, byMethod, byLao, byMonth,
            specific.Sum(r => r.Cases), Money.Sum(specific.Select(r => r.Value)),
            byMethod.Sum(r => r.Cases), Money.Sum(byMethod.Select(r => r.Value)), average,
            [.. late.Select(r => (r, laos.GetValueOrDefault(r.LaoId)))], lateTotal);
        if (excel)
        {
            var bytes = Workbook(model, table);
            return bytes is null ? NotFound() : File(bytes, ExcelType, $"procurement-{table}-{fiscalYear.ToString(CultureInfo.InvariantCulture)}.xlsx");
        }

        return View(model);
    }

    private string LaoName(LaoDto? lao, int id) => lao is null ? id.ToString(CultureInfo.InvariantCulture)
        : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "th" ? lao.NameTh : lao.NameEn;

    private string MonthName(int fiscalYear, int index)
    {
        if (index is < 1 or > 12)
        {
            return l["Report.OutsideYear"];
        }

        var start = new FiscalYear(fiscalYear).Start.AddMonths(index - 1);
        return ThaiDate.FormatMonth(start.Year, start.Month, abbreviated: false);
    }

    /// <summary>One table as a workbook (explicit column widths; amounts as numbers in baht), or null for an unknown table.</summary>
    private byte[]? Workbook(ReportsViewModel m, string? table)
    {
        (string Title, string[] Headers, double[] Widths, List<object[]> Rows)? sheet = table switch
        {
            "method" => (l["Report.ByMethod"], [l["Report.Method"], l["Report.Cases"], l["Report.Value"]], [34, 12, 20],
                [.. m.ByMethod.Select(r => new object[] { r.Key is { } k ? l[$"Method.{k}"].Value : l["Report.NoMethod"].Value, r.Cases, r.Value.Baht })]),
            "lao" => (l["Report.ByLao"], [l["Report.LaoCode"], l["Report.Lao"], l["Report.Cases"], l["Report.Value"]], [12, 40, 12, 20],
                [.. m.ByLao.Select(r => new object[] { r.Lao?.Code ?? "", LaoName(r.Lao, r.LaoId), r.Cases, r.Value.Baht })]),
            "month" => (l["Report.ByMonth"], [l["Report.Month"], l["Report.Cases"], l["Report.Value"]], [24, 12, 20],
                [.. m.ByMonth.Select(r => new object[] { MonthName(m.FiscalYear, r.Key), r.Cases, r.Value.Baht })]),
            "late" => (l["Report.Late"], [l["Report.Lao"], l["Report.ContractNo"], l["Report.Instalment"], l["Report.Vendor"], l["Report.DueOn"], l["Report.DaysLate"]],
                [36, 20, 10, 36, 14, 12],
                [.. m.Late.Select(r => new object[] { LaoName(r.Lao, r.Row.LaoId), r.Row.ContractNo, r.Row.No, r.Row.VendorName, r.Row.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Row.DaysLate })]),
            _ => null,
        };
        if (sheet is not { } s)
        {
            return null;
        }

        using var book = new XLWorkbook();
        var ws = book.Worksheets.Add(table);
        ws.Cell(1, 1).SetValue($"{s.Title} {l["Report.FiscalYear"]} {m.FiscalYear.ToString(CultureInfo.InvariantCulture)}");
        ws.Cell(1, 1).Style.Font.Bold = true;
        for (var c = 0; c < s.Headers.Length; c++)
        {
            ws.Cell(3, c + 1).SetValue(s.Headers[c]);
            ws.Column(c + 1).Width = s.Widths[c];
        }

        ws.Row(3).Style.Font.Bold = true;
        var row = 4;
        foreach (var values in s.Rows)
        {
            for (var c = 0; c < values.Length; c++)
            {
                var cell = ws.Cell(row, c + 1);
                switch (values[c])
                {
                    case decimal d:
                        cell.SetValue(d);
                        cell.Style.NumberFormat.Format = "#,##0.00";
                        break;
                    case int i:
                        cell.SetValue(i);
                        break;
                    default:
                        cell.SetValue(values[c]?.ToString() ?? "");
                        break;
                }
            }

            row++;
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
