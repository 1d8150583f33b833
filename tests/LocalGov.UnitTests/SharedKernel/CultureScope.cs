using System.Globalization;

namespace LocalGov.UnitTests.SharedKernel;

/// <summary>Sets the current (and UI) culture for one test and restores the previous ones on dispose.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    public CultureScope(CultureInfo culture, CultureInfo uiCulture)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }

    public CultureScope(string culture, string uiCulture)
        : this(CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(uiCulture))
    {
    }

    /// <summary>th-TH as the host configures it: Thai language, Gregorian calendar (C.E. in binding and storage).</summary>
    public static CultureInfo ThaiWithGregorianCalendar()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("th-TH").Clone();
        culture.DateTimeFormat.Calendar = new GregorianCalendar();
        return culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
