using System.Runtime.CompilerServices;
using LocalGov.Benchmarking.Contracts;
using LocalGov.OpenData.Domain;
using LocalGov.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.OpenData.Services.Datasets;

/// <summary>
/// The rows of a dataset, one value per registry column in the registry's order: strings, integers, decimals (baht and
/// other numbers), <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, booleans or null. Budget, revenue and project
/// rows come only from the published copies (<see cref="PublishedData"/>), so a draft is never in a download; large
/// sets are read row by row from the database rather than loaded whole.
/// </summary>
internal sealed class DatasetRows(PublishedData data, IOrganizationDirectory directory, IIndicatorValues indicators)
{
    public IAsyncEnumerable<object?[]> ReadAsync(DatasetDefinition dataset, DatasetFilter filter, CancellationToken cancellationToken) => dataset.Name switch
    {
        DatasetRegistry.Organisations => OrganisationsAsync(filter, cancellationToken),
        DatasetRegistry.Budgets => BudgetsAsync(filter, cancellationToken),
        DatasetRegistry.BudgetLines => BudgetLinesAsync(filter, cancellationToken),
        DatasetRegistry.RevenueEstimates => RevenueEstimatesAsync(filter, cancellationToken),
        DatasetRegistry.Projects => ProjectsAsync(filter, cancellationToken),
        DatasetRegistry.IndicatorValues => IndicatorValuesAsync(filter, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(dataset), dataset.Name, "Unknown dataset"),
    };

    private async IAsyncEnumerable<object?[]> OrganisationsAsync(DatasetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        foreach (var lao in (await LaosAsync(filter, cancellationToken)).Values.Where(l => filter.LaoType is not { } t || l.Type == t).OrderBy(l => l.Code, StringComparer.Ordinal))
        {
            var province = provinces.GetValueOrDefault(lao.ProvinceId);
            yield return
            [
                lao.Code, lao.NameTh, lao.NameEn, lao.Type.ToString(), LaoTypes.DisplayName(lao.Type, thai: true),
                province?.Code, province?.NameTh, province?.NameEn, lao.Population, lao.AreaSquareKm, lao.CouncilSize,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> BudgetsAsync(DatasetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var laos = await LaosAsync(filter, cancellationToken);
        await foreach (var b in data.Budgets(filter).OrderBy(b => b.FiscalYear).ThenBy(b => b.LaoId).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var lao = laos.GetValueOrDefault(b.LaoId);
            yield return
            [
                b.FiscalYear, lao?.Code, lao?.NameTh, provinces.GetValueOrDefault(b.ProvinceId)?.Code, b.LaoType.ToString(), b.Population,
                b.Status.ToString(), b.PromulgatedOn, b.RevenueTotal.Baht, b.ExpenditureTotal.Baht, b.PersonnelTotal.Baht, b.CapitalTotal.Baht,
                b.PublishedAt, b.Version,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> BudgetLinesAsync(DatasetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var laos = await LaosAsync(filter, cancellationToken);
        var names = await data.ClassificationsAsync(cancellationToken);
        string? Th(ClassificationGroup g, string code) => names.GetValueOrDefault((g, code))?.NameTh;
        string? En(ClassificationGroup g, string code) => names.GetValueOrDefault((g, code))?.NameEn;
        var lines = data.BudgetLines(filter).OrderBy(l => l.FiscalYear).ThenBy(l => l.LaoId).ThenBy(l => l.LineNo);
        await foreach (var l in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                l.FiscalYear, laos.GetValueOrDefault(l.LaoId)?.Code, provinces.GetValueOrDefault(l.ProvinceId)?.Code, l.LaoType.ToString(), l.LineNo,
                l.ProgrammeCode, Th(ClassificationGroup.Programme, l.ProgrammeCode), En(ClassificationGroup.Programme, l.ProgrammeCode),
                l.WorkUnitCode, Th(ClassificationGroup.WorkUnit, l.WorkUnitCode), En(ClassificationGroup.WorkUnit, l.WorkUnitCode),
                l.GroupCode, Th(ClassificationGroup.Group, l.GroupCode), En(ClassificationGroup.Group, l.GroupCode),
                l.CategoryCode, Th(ClassificationGroup.Category, l.CategoryCode), En(ClassificationGroup.Category, l.CategoryCode),
                l.ItemName, l.IsProject, l.PlanProjectCode, l.OriginalAmount.Baht, l.CurrentAmount.Baht,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> RevenueEstimatesAsync(DatasetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var laos = await LaosAsync(filter, cancellationToken);
        var names = await data.ClassificationsAsync(cancellationToken);
        var estimates = data.RevenueEstimates(filter).OrderBy(e => e.FiscalYear).ThenBy(e => e.LaoId).ThenBy(e => e.LineNo);
        await foreach (var e in estimates.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var name = names.GetValueOrDefault((ClassificationGroup.RevenueCategory, e.CategoryCode));
            yield return
            [
                e.FiscalYear, laos.GetValueOrDefault(e.LaoId)?.Code, provinces.GetValueOrDefault(e.ProvinceId)?.Code, e.LaoType.ToString(), e.LineNo,
                e.CategoryCode, name?.NameTh, name?.NameEn, e.Source?.ToString(), e.ItemName, e.Amount.Baht,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> ProjectsAsync(DatasetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provinces = await ProvincesAsync(cancellationToken);
        var laos = await LaosAsync(filter, cancellationToken);
        var projects = data.Projects(filter).OrderBy(p => p.FiscalYear).ThenBy(p => p.LaoId).ThenBy(p => p.Code);
        await foreach (var p in projects.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return
            [
                p.FiscalYear, laos.GetValueOrDefault(p.LaoId)?.Code, provinces.GetValueOrDefault(p.ProvinceId)?.Code, p.LaoType.ToString(),
                p.Code, p.Name, p.StrategyNo, p.StrategyName, p.StartMonth, p.EndMonth, p.Status.ToString(), p.PercentComplete,
                p.Planned.Baht, p.Budgeted.Baht, p.Disbursed.Baht, p.LastUpdatedOn,
            ];
        }
    }

    private async IAsyncEnumerable<object?[]> IndicatorValuesAsync(DatasetFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // The registry requires a year for this dataset (the values are stored per year).
        var year = filter.FiscalYear ?? throw new InvalidOperationException("indicator-values needs a fiscal year");
        var provinces = await ProvincesAsync(cancellationToken);
        var laos = await LaosAsync(filter, cancellationToken);
        var catalogue = (await indicators.GetIndicatorsAsync(year, cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
        IReadOnlyCollection<int>? ids = filter.LaoId is null && filter.ProvinceId is null ? null : laos.Keys.ToList();
        foreach (var v in await indicators.GetValuesAsync(year, null, ids, cancellationToken))
        {
            if (!laos.TryGetValue(v.LaoId, out var lao) || (filter.LaoType is { } type && lao.Type != type))
            {
                continue;
            }

            var indicator = catalogue.GetValueOrDefault(v.IndicatorCode);
            yield return
            [
                v.FiscalYear, lao.Code, provinces.GetValueOrDefault(lao.ProvinceId)?.Code, lao.Type.ToString(),
                v.IndicatorCode, indicator?.NameTh, indicator?.NameEn, indicator?.Unit.ToString(), v.Value,
                v.NationalRank, v.ProvinceRank, v.PeerRank, v.PeerPercentile, v.MissingInputs.Count == 0 ? null : string.Join(';', v.MissingInputs),
            ];
        }
    }

    private async Task<Dictionary<int, ProvinceDto>> ProvincesAsync(CancellationToken cancellationToken) =>
        (await directory.GetProvincesAsync(cancellationToken)).ToDictionary(p => p.Id);

    /// <summary>The LAOs a filter can reach, by id: one LAO, a province's, or all (one query each).</summary>
    private async Task<Dictionary<int, LaoDto>> LaosAsync(DatasetFilter filter, CancellationToken cancellationToken)
    {
        IReadOnlyList<LaoDto> laos;
        if (filter.LaoId is { } laoId)
        {
            laos = await directory.FindLaoAsync(laoId, cancellationToken) is { } lao ? [lao] : [];
        }
        else if (filter.ProvinceId is { } provinceId)
        {
            var ids = await directory.GetLaoIdsInProvinceAsync(provinceId, cancellationToken);
            laos = ids.Count == 0 ? [] : await directory.GetLaosAsync(ids, cancellationToken);
        }
        else
        {
            laos = await directory.GetAllLaosAsync(cancellationToken);
        }

        return laos.Where(l => filter.ProvinceId is not { } p || l.ProvinceId == p).ToDictionary(l => l.Id);
    }
}
