using LocalGov.Budgeting.Contracts;
using LocalGov.OpenData.Contracts;
using LocalGov.Organizations.Contracts;
using LocalGov.Planning.Contracts;
using LocalGov.SharedKernel.Amounts;
using LocalGov.SharedKernel.Time;

namespace LocalGov.OpenData.Services.Transparency;

/// <summary>
/// แผนการใช้จ่ายงบประมาณประจำปี: the budget in force by programme and group spread over the four quarters, and the
/// action plan's projects. Rule (stated on the document): a line funding an action-plan project is spread evenly over
/// the project's planned months, every other line evenly over the twelve months; the satang left over by the division
/// go to the first months, so the quarters always add up to the budget exactly.
/// </summary>
internal static class SpendingPlanGenerator
{
    public static TransparencyDocument Generate(
        LaoDto lao, int fiscalYear, IReadOnlyList<BudgetLineInfo> lines, IReadOnlyList<ActionPlanProjectInfo> projects, DateOnly asOf)
    {
        var year = new FiscalYear(fiscalYear);
        var months = projects
            .GroupBy(p => p.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().StartMonth, g.First().EndMonth), StringComparer.Ordinal);

        var byProgrammeAndGroup = lines
            .GroupBy(l => (Programme: l.Programme.Code, Group: l.Group.Code))
            .OrderBy(g => g.Key.Programme, StringComparer.Ordinal).ThenBy(g => g.Key.Group, StringComparer.Ordinal)
            .Select(g =>
            {
                var quarters = new long[4];
                foreach (var line in g)
                {
                    var (start, end) = line.PlanProjectCode is { } code && months.TryGetValue(code, out var m) ? m : (1, 12);
                    Add(quarters, Quarters(line.CurrentAmount.Satang, start, end));
                }

                var first = g.First();
                return (Programme: first.Programme, Group: first.Group, Amount: Money.Sum(g.Select(l => l.CurrentAmount)), Quarters: quarters);
            })
            .ToList();

        var quarterColumns = Enumerable.Range(1, 4).Select(q => new DocumentColumn($"Tr.Col.Q{q}", ColumnKind.Money)).ToList();
        var programmes = new DocumentTable(
            "programmes",
            "Tr.Table.PlanByProgramme",
            [new("Tr.Col.Programme", ColumnKind.Text), new("Tr.Col.Group", ColumnKind.Text), new("Tr.Col.Amount", ColumnKind.Money), .. quarterColumns],
            [.. byProgrammeAndGroup.Select(r => (IReadOnlyList<DocumentCell>)
                [
                    DocumentCell.Text(r.Programme.NameTh, r.Programme.NameEn), DocumentCell.Text(r.Group.NameTh, r.Group.NameEn),
                    DocumentCell.Money(r.Amount), .. r.Quarters.Select(q => DocumentCell.Number(q)),
                ])],
            [
                DocumentCell.Label("Tr.Total"), DocumentCell.Empty, DocumentCell.Money(Money.Sum(byProgrammeAndGroup.Select(r => r.Amount))),
                .. Enumerable.Range(0, 4).Select(q => DocumentCell.Number(byProgrammeAndGroup.Sum(r => r.Quarters[q]))),
            ]);

        var projectRows = projects.OrderBy(p => p.StrategyNo).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (Project: p, Quarters: Quarters(p.Budgeted.Satang, p.StartMonth, p.EndMonth)))
            .ToList();
        var projectTable = new DocumentTable(
            "projects",
            "Tr.Table.PlanProjects",
            [
                new("Tr.Col.Code", ColumnKind.Text), new("Tr.Col.Project", ColumnKind.Text), new("Tr.Col.StartMonth", ColumnKind.Month),
                new("Tr.Col.EndMonth", ColumnKind.Month), new("Tr.Col.Budgeted", ColumnKind.Money), .. quarterColumns,
            ],
            [.. projectRows.Select(r => (IReadOnlyList<DocumentCell>)
                [
                    DocumentCell.Text(r.Project.Code), DocumentCell.Text(r.Project.Name),
                    DocumentCell.Month(MonthStart(year, ValidMonths(r.Project.StartMonth, r.Project.EndMonth).Start)),
                    DocumentCell.Month(MonthStart(year, ValidMonths(r.Project.StartMonth, r.Project.EndMonth).End)),
                    DocumentCell.Money(r.Project.Budgeted), .. r.Quarters.Select(q => DocumentCell.Number(q)),
                ])],
            [
                DocumentCell.Label("Tr.Total"), DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty,
                DocumentCell.Money(Money.Sum(projects.Select(p => p.Budgeted))),
                .. Enumerable.Range(0, 4).Select(q => DocumentCell.Number(projectRows.Sum(r => r.Quarters[q]))),
            ]);

        return TransparencyDocument.Create(
            PublicationKind.SpendingPlan, lao, fiscalYear, year.Start, year.End, asOf,
            [DocumentNote.Of("Tr.Note.SpreadRule"), DocumentNote.Of("Tr.Note.CurrentAmounts", DocumentNote.DateArg(asOf))],
            [programmes, projectTable]);
    }

    /// <summary>
    /// Spreads an amount (satang) evenly over the fiscal months <paramref name="startMonth"/>–<paramref name="endMonth"/>
    /// (1 = October … 12 = September; out-of-range months mean the whole year) and returns the four quarters' shares.
    /// The quarters add up to the amount exactly.
    /// </summary>
    public static long[] Quarters(long satang, int startMonth, int endMonth)
    {
        var (start, end) = ValidMonths(startMonth, endMonth);
        var count = end - start + 1;
        var each = satang / count;
        var remainder = satang - (each * count);
        var quarters = new long[4];
        for (var month = start; month <= end; month++)
        {
            var share = each;
            if (remainder != 0)
            {
                var step = Math.Sign(remainder);
                share += step;
                remainder -= step;
            }

            quarters[(month - 1) / 3] += share;
        }

        return quarters;
    }

    private static (int Start, int End) ValidMonths(int start, int end) =>
        start is >= 1 and <= 12 && end is >= 1 and <= 12 && start <= end ? (start, end) : (1, 12);

    private static DateOnly MonthStart(FiscalYear year, int fiscalMonth) => year.Start.AddMonths(fiscalMonth - 1);

    private static void Add(long[] target, long[] values)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += values[i];
        }
    }
}

/// <summary>
/// The six-month and annual reports of operations and spending: the action plan's projects with status and progress,
/// and spending by programme from the control ledger (allocated, committed, disbursed) as on the day the figures are
/// taken, which the document states.
/// </summary>
internal static class SpendingReportGenerator
{
    public static TransparencyDocument Generate(
        PublicationKind kind,
        LaoDto lao,
        int fiscalYear,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<BudgetLineInfo> lines,
        IReadOnlyList<BudgetLineBalance> balances,
        IReadOnlyList<ActionPlanProjectInfo> projects,
        DateOnly asOf)
    {
        var balanceOf = balances.GroupBy(b => b.BudgetLineId).ToDictionary(g => g.Key, g => g.First());
        var programmes = lines
            .GroupBy(l => l.Programme.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.Select(l => balanceOf.TryGetValue(l.Id, out var b) ? (b.Allocated, b.Committed, b.Disbursed) : (l.CurrentAmount, Money.Zero, Money.Zero)).ToList();
                return (Programme: g.First().Programme, Allocated: Money.Sum(rows.Select(r => r.Item1)), Committed: Money.Sum(rows.Select(r => r.Item2)), Disbursed: Money.Sum(rows.Select(r => r.Item3)));
            })
            .ToList();

        var allocated = Money.Sum(programmes.Select(p => p.Allocated));
        var committed = Money.Sum(programmes.Select(p => p.Committed));
        var disbursed = Money.Sum(programmes.Select(p => p.Disbursed));
        var spending = new DocumentTable(
            "spending",
            "Tr.Table.SpendingByProgramme",
            [
                new("Tr.Col.Programme", ColumnKind.Text), new("Tr.Col.Allocated", ColumnKind.Money), new("Tr.Col.Committed", ColumnKind.Money),
                new("Tr.Col.Disbursed", ColumnKind.Money), new("Tr.Col.Remaining", ColumnKind.Money), new("Tr.Col.DisbursedPercent", ColumnKind.Percent),
            ],
            [.. programmes.Select(p => (IReadOnlyList<DocumentCell>)
                [
                    DocumentCell.Text(p.Programme.NameTh, p.Programme.NameEn), DocumentCell.Money(p.Allocated), DocumentCell.Money(p.Committed),
                    DocumentCell.Money(p.Disbursed), DocumentCell.Money(p.Allocated - p.Committed - p.Disbursed),
                    DocumentCell.Percent(p.Disbursed.Satang, p.Allocated.Satang),
                ])],
            [
                DocumentCell.Label("Tr.Total"), DocumentCell.Money(allocated), DocumentCell.Money(committed), DocumentCell.Money(disbursed),
                DocumentCell.Money(allocated - committed - disbursed), DocumentCell.Percent(disbursed.Satang, allocated.Satang),
            ]);

        var ordered = projects.OrderBy(p => p.StrategyNo).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
        var projectTable = new DocumentTable(
            "projects",
            "Tr.Table.ProjectProgress",
            [
                new("Tr.Col.Code", ColumnKind.Text), new("Tr.Col.Project", ColumnKind.Text), new("Tr.Col.Status", ColumnKind.Label),
                new("Tr.Col.PercentComplete", ColumnKind.Percent), new("Tr.Col.Budgeted", ColumnKind.Money), new("Tr.Col.Disbursed", ColumnKind.Money),
            ],
            [.. ordered.Select(p => (IReadOnlyList<DocumentCell>)
                [
                    DocumentCell.Text(p.Code), DocumentCell.Text(p.Name), DocumentCell.Label("Tr.ProjectStatus." + p.Status),
                    DocumentCell.Number(Math.Clamp(p.PercentComplete, 0, 100) * 10L), DocumentCell.Money(p.Budgeted), DocumentCell.Money(p.Disbursed),
                ])],
            [
                DocumentCell.Label("Tr.Total"), DocumentCell.Empty, DocumentCell.Empty, DocumentCell.Empty,
                DocumentCell.Money(Money.Sum(ordered.Select(p => p.Budgeted))), DocumentCell.Money(Money.Sum(ordered.Select(p => p.Disbursed))),
            ]);

        var statuses = new DocumentTable(
            "status",
            "Tr.Table.ProjectsByStatus",
            [new("Tr.Col.Status", ColumnKind.Label), new("Tr.Col.Projects", ColumnKind.Integer)],
            [.. Enum.GetValues<ProjectStatus>().Select(s => (IReadOnlyList<DocumentCell>)
                [DocumentCell.Label("Tr.ProjectStatus." + s), DocumentCell.Number(projects.Count(p => p.Status == s))])],
            [DocumentCell.Label("Tr.Total"), DocumentCell.Number(projects.Count)]);

        List<DocumentNote> notes = [DocumentNote.Of("Tr.Note.FiguresAsOf", DocumentNote.DateArg(asOf))];
        if (asOf < to)
        {
            notes.Add(DocumentNote.Of("Tr.Note.PeriodNotEnded", DocumentNote.DateArg(to)));
        }

        return TransparencyDocument.Create(kind, lao, fiscalYear, from, to, asOf, notes, [statuses, projectTable, spending]);
    }
}
