using System.Globalization;
using LocalGov.IntegrationTests.Infrastructure;
using LocalGov.Revenue.Contracts;
using LocalGov.Revenue.Domain;
using LocalGov.Revenue.Domain.Signboards;
using LocalGov.Revenue.Seeding;
using LocalGov.SharedKernel.Amounts;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.IntegrationTests.Revenue.Register;

/// <summary>Taxpayers, signs and bills written straight to the database for the register tests; every id is new and checksum-valid.</summary>
internal static class RegisterTestData
{
    private static int _next = 1000;

    /// <summary>A fresh, valid 13-digit id that no demo taxpayer has.</summary>
    public static string NewTaxId() => TaxpayerDemoSeeder.WithCheckDigit("39" + Interlocked.Increment(ref _next).ToString("0000000000", CultureInfo.InvariantCulture));

    /// <summary>The same digits with a wrong check digit.</summary>
    public static string BreakCheckDigit(string valid) => valid[..12] + (((valid[12] - '0') + 1) % 10).ToString(CultureInfo.InvariantCulture);

    public static Task<int> RevenueLaoIdAsync(LocalGovFactory factory) => factory.WithDbAsync(async db =>
        (await db.Users.SingleAsync(u => u.UserName == "revenue")).LaoId!.Value);

    public static Task<int> OtherLaoIdAsync(LocalGovFactory factory, int own) => factory.WithDbAsync(db =>
        db.Database.SqlQuery<int>($"SELECT Id AS Value FROM org_Lao WHERE Id <> {own} ORDER BY Id LIMIT 1").SingleAsync());

    public static Task<Taxpayer> AddTaxpayerAsync(LocalGovFactory factory, int laoId, string firstName, string lastName = "ทดสอบ") => factory.WithDbAsync(async db =>
    {
        var t = new Taxpayer
        {
            LaoId = laoId,
            Kind = TaxpayerKind.Person,
            TaxId = NewTaxId(),
            Title = "นาย",
            FirstName = firstName,
            LastName = lastName,
            Province = "นครนายก",
            CreatedUtc = DateTime.UtcNow,
        };
        db.Set<Taxpayer>().Add(t);
        await db.SaveChangesAsync();
        return t;
    });

    public static Task<int> AddSignAsync(LocalGovFactory factory, int laoId, int taxpayerId, int width = 200, int height = 100) => factory.WithDbAsync(async db =>
    {
        var s = new Sign
        {
            LaoId = laoId,
            TaxpayerId = taxpayerId,
            Type = SignType.ThaiMixed,
            WidthCm = width,
            HeightCm = height,
            Text = "ป้ายทดสอบ " + taxpayerId.ToString(CultureInfo.InvariantCulture),
            Location = "หน้าร้าน",
            InstalledOn = new DateOnly(2020, 1, 1),
            CreatedUtc = DateTime.UtcNow,
        };
        db.Set<Sign>().Add(s);
        await db.SaveChangesAsync();
        return s.Id;
    });

    public static Task<int> AddBillAsync(LocalGovFactory factory, int laoId, int taxpayerId, decimal baht) => factory.WithDbAsync(async db =>
    {
        var key = "TEST:" + Guid.NewGuid().ToString("N");
        var b = new Bill
        {
            LaoId = laoId,
            TaxpayerId = taxpayerId,
            Kind = RevenueKind.Fee,
            TaxYear = 2569,
            FiscalYear = 2569,
            Number = "T-" + key[5..25],
            SourceKey = key,
            Description = "ค่าธรรมเนียมทดสอบ",
            IssuedOn = new DateOnly(2026, 1, 10),
            DueOn = new DateOnly(2026, 1, 25),
            Amount = Money.FromBaht(baht),
            CreatedUtc = DateTime.UtcNow,
        };
        db.Set<Bill>().Add(b);
        await db.SaveChangesAsync();
        return b.Id;
    });
}
