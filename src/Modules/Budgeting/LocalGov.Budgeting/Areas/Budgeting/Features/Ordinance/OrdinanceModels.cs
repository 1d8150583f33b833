using LocalGov.Budgeting.Areas.Budgeting.Features.Excel;
using LocalGov.Budgeting.Contracts;
using LocalGov.Budgeting.Domain;
using LocalGov.Organizations.Contracts;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.Budgeting.Areas.Budgeting.Features.Ordinance;

/// <summary>A heading of the ordinance (แผนงาน, งาน, งบ, หมวด, หมวดรายได้) with its total and what it holds.</summary>
internal sealed record OrdinanceNode(int Id, string Code, string Name, Money Total, IReadOnlyList<OrdinanceNode> Children, IReadOnlyList<OrdinanceItem> Items);

/// <summary>A รายการ/โครงการ or revenue item with its amount and คำชี้แจง.</summary>
internal sealed record OrdinanceItem(string Name, Money Amount, string Explanation, bool IsProject, Money? ActualTwoYearsAgo, Money? ActualLastYear, Money? EstimateLastYear);

internal sealed record OrdinanceViewModel(
    int BudgetId,
    string DocumentKind,
    string LaoName,
    int FiscalYear,
    BudgetStatus Status,
    IReadOnlyList<OrdinanceNode> Revenues,
    Money RevenueTotal,
    IReadOnlyList<OrdinanceNode> Programmes,
    IReadOnlyList<OrdinanceNode> Groups,
    IReadOnlyDictionary<(int ProgrammeId, int GroupId), Money> Matrix,
    Money ExpenditureTotal)
{
    /// <summary>เทศบัญญัติ/ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. N.</summary>
    public string Title => FormattableString.Invariant($"{DocumentKind}งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. {FiscalYear}");
}

/// <summary>Arranges a budget in the ordinance's order: revenue by หมวด; expenditure by แผนงาน → งาน → งบ → หมวด → รายการ.</summary>
internal static class OrdinanceBuilder
{
    /// <summary>Municipalities adopt a เทศบัญญัติ; PAOs, SAOs (and the special forms) a ข้อบัญญัติ.</summary>
    public static string DocumentKind(int laoType) =>
        LaoTypes.IsMunicipality((LaoType)laoType) ? "เทศบัญญัติ" : "ข้อบัญญัติ";

    public static OrdinanceViewModel Build(BudgetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var budget = document.Budget;
        var revenues = Group(budget.Revenues.OrderBy(r => r.LineNo), r => r.CategoryId, document, (rows, _) => [],
            rows => [.. rows.Select(r => new OrdinanceItem(r.ItemName, r.Amount, r.Explanation, false, r.ActualTwoYearsAgo, r.ActualLastYear, r.EstimateLastYear))],
            r => r.Amount);
        var lines = budget.Lines.OrderBy(l => l.LineNo).ToList();
        var programmes = Group(lines, l => l.ProgrammeId, document,
            (byProgramme, _) => Group(byProgramme, l => l.WorkUnitId, document,
                (byUnit, _) => Group(byUnit, l => l.GroupId, document,
                    (byGroup, _) => Group(byGroup, l => l.CategoryId, document, (_, _) => [], Items, Amount),
                    _ => [], Amount),
                _ => [], Amount),
            _ => [], Amount);
        var groups = Group(lines, l => l.GroupId, document,
            (byGroup, _) => Group(byGroup, l => l.CategoryId, document, (_, _) => [], _ => [], Amount),
            _ => [], Amount);
        var matrix = lines.GroupBy(l => (l.ProgrammeId, l.GroupId)).ToDictionary(g => g.Key, g => Money.Sum(g.Select(l => l.OriginalAmount)));
        return new OrdinanceViewModel(
            budget.Id, DocumentKind(budget.LaoType), document.LaoName, budget.FiscalYear, budget.Status,
            revenues, Money.Sum(budget.Revenues.Select(r => r.Amount)),
            programmes, groups, matrix, Money.Sum(lines.Select(l => l.OriginalAmount)));
    }

    private static Money Amount(BudgetLine line) => line.OriginalAmount;

    private static List<OrdinanceItem> Items(IEnumerable<BudgetLine> lines) =>
        [.. lines.Select(l => new OrdinanceItem(l.ItemName, l.OriginalAmount, l.Explanation, l.IsProject, l.ActualTwoYearsAgo, l.ActualLastYear, l.EstimateLastYear))];

    /// <summary>Groups rows under classification headings in the classification's order (sort order, then code).</summary>
    private static List<OrdinanceNode> Group<T>(
        IEnumerable<T> rows,
        Func<T, int> key,
        BudgetDocument document,
        Func<IReadOnlyList<T>, int, List<OrdinanceNode>> children,
        Func<IReadOnlyList<T>, List<OrdinanceItem>> items,
        Func<T, Money> amount) =>
        [.. rows.GroupBy(key)
            .Select(g => (Entry: document.Find(g.Key), Id: g.Key, Rows: (IReadOnlyList<T>)[.. g]))
            .OrderBy(g => g.Entry?.SortOrder ?? int.MaxValue).ThenBy(g => g.Entry?.Code, StringComparer.Ordinal)
            .Select(g => new OrdinanceNode(
                g.Id,
                g.Entry?.Code ?? "",
                g.Entry?.NameTh ?? "",
                Money.Sum(g.Rows.Select(amount)),
                children(g.Rows, g.Id),
                items(g.Rows)))];
}
