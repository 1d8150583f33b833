using System.Text.Json;
using OpenQA.Selenium;

namespace LocalGov.BrowserTests;

public sealed class FontTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // document.fonts.check() alone is true for a family with no @font-face at all, so the script also lists
    // the Sarabun faces the page declared and whether they loaded.
    private const string FontProbe = """
        const done = arguments[arguments.length - 1];
        document.fonts.ready.then(() => {
            const faces = [];
            document.fonts.forEach(f => faces.push({ family: f.family.replace(/["']/g, ''), status: f.status, range: f.unicodeRange, weight: String(f.weight) }));
            done(JSON.stringify({
                check: document.fonts.check('16px Sarabun'),
                checkThai: document.fonts.check('16px Sarabun', 'ภาษาไทย'),
                bodyFont: getComputedStyle(document.body).fontFamily,
                faces: faces.filter(f => f.family === 'Sarabun')
            }));
        }).catch(e => done(JSON.stringify({ error: String(e) })));
        """;

    [Fact]
    public void Thai_font_Sarabun_is_served_and_loaded_on_the_landing_page() => Run(() =>
    {
        StartAsNewVisitor();
        GoTo("/");
        Assert.Equal("th", HtmlLang);

        var json = ((IJavaScriptExecutor)Driver).ExecuteAsyncScript(FontProbe) as string;
        Assert.False(string.IsNullOrEmpty(json), "the font probe returned nothing");
        using var result = JsonDocument.Parse(json);
        var root = result.RootElement;
        Assert.False(root.TryGetProperty("error", out var error), $"font probe failed: {error}");

        Assert.True(root.GetProperty("check").GetBoolean(), $"document.fonts.check('16px Sarabun') is false: {json}");
        Assert.True(root.GetProperty("checkThai").GetBoolean(), $"Sarabun's Thai glyphs are not loaded: {json}");
        Assert.Contains("Sarabun", root.GetProperty("bodyFont").GetString(), StringComparison.Ordinal);

        var loadedThaiFaces = root.GetProperty("faces").EnumerateArray()
            .Where(f => f.GetProperty("status").GetString() == "loaded")
            .Count(f => f.GetProperty("range").GetString()!.Contains("E01", StringComparison.OrdinalIgnoreCase));
        Assert.True(loadedThaiFaces > 0, $"no Thai Sarabun face (/lib/sarabun/files/sarabun-thai-*.woff2) loaded: {json}");
    });
}
