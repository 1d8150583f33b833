using LocalGov.Budgeting.Areas.Budgeting.Features.Excel;
using LocalGov.Budgeting.Areas.Budgeting.Features.Ordinance;
using LocalGov.Budgeting.Domain;
using LocalGov.SharedKernel.Amounts;

namespace LocalGov.UnitTests.Budgeting;

/// <summary>The ordinance's arrangement: document kind by LAO type, and totals at every level of แผนงาน → งาน → งบ → หมวด.</summary>
public class DocumentsOrdinanceTests
{
    [Theory]
    [InlineData(1, "ข้อบัญญัติ")]
    [InlineData(2, "เทศบัญญัติ")]
    [InlineData(3, "เทศบัญญัติ")]
    [InlineData(4, "เทศบัญญัติ")]
    [InlineData(5, "ข้อบัญญัติ")]
    public void Municipalities_adopt_a_thetsabanyat_and_PAOs_and_SAOs_a_khobanyat(int laoType, string kind) =>
        Assert.Equal(kind, OrdinanceBuilder.DocumentKind(laoType));

    [Fact]
    public void Lines_are_grouped_in_classification_order_with_totals_at_every_level()
    {
        Classification E(int id, ClassificationKind kind, string code, int order, int? parent = null) =>
            new() { Id = id, Kind = kind, Code = code, NameTh = code, NameEn = code, SortOrder = order, ParentId = parent, EffectiveFromYear = 2560 };
        var entries = new[]
        {
            E(1, ClassificationKind.Programme, "00110", 1), E(2, ClassificationKind.WorkUnit, "00111", 2, 1),
            E(3, ClassificationKind.Programme, "00220", 3), E(4, ClassificationKind.WorkUnit, "00221", 4, 3),
            E(5, ClassificationKind.ExpenditureGroup, "520000", 5), E(6, ClassificationKind.ExpenditureCategory, "522000", 6, 5),
            E(7, ClassificationKind.ExpenditureGroup, "530000", 7), E(8, ClassificationKind.ExpenditureCategory, "532000", 8, 7),
        }.ToDictionary(e => e.Id);
        BudgetLine Line(int no, int programme, int unit, int group, int category, decimal baht) => new()
        {
            LineNo = no,
            ProgrammeId = programme,
            WorkUnitId = unit,
            GroupId = group,
            CategoryId = category,
            ItemName = $"L{no}",
            OriginalAmount = Money.FromBaht(baht),
            CurrentAmount = Money.FromBaht(baht),
        };
        var budget = new Budget { Id = 9, LaoType = 3, FiscalYear = 2572 };
        budget.Lines.AddRange([Line(1, 3, 4, 7, 8, 100m), Line(2, 1, 2, 7, 8, 10m), Line(3, 1, 2, 5, 6, 1m), Line(4, 3, 4, 7, 8, 0.5m)]);

        var model = OrdinanceBuilder.Build(new BudgetDocument(budget, null, entries));

        Assert.Equal("เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2572", model.Title);
        Assert.Equal(["00110", "00220"], model.Programmes.Select(p => p.Code));
        Assert.Equal([Money.FromBaht(11m), Money.FromBaht(100.5m)], model.Programmes.Select(p => p.Total));
        Assert.Equal(["520000", "530000"], model.Programmes[0].Children[0].Children.Select(g => g.Code));
        Assert.Equal(["L1", "L4"], model.Programmes[1].Children[0].Children[0].Children[0].Items.Select(i => i.Name));
        Assert.Equal(Money.FromBaht(110.5m), model.Groups.Single(g => g.Code == "530000").Total);
        Assert.Equal(Money.FromBaht(10m), model.Matrix[(1, 7)]);
        Assert.Equal(Money.FromBaht(111.5m), model.ExpenditureTotal);
    }
}
