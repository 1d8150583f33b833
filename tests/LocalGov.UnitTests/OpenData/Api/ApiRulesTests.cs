using System.Text;
using LocalGov.OpenData.Resources;
using LocalGov.OpenData.Services.Api;
using Microsoft.Extensions.Localization;

namespace LocalGov.UnitTests.OpenData.Api;

public sealed class ApiRulesTests
{
    private static IStringLocalizer<Strings> Localizer() => new KeyLocalizer();

    /// <summary>Answers the key itself (the messages' wording is not what these tests check).</summary>
    private sealed class KeyLocalizer : IStringLocalizer<Strings>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    [Fact]
    public void ETag_is_the_same_for_the_same_bytes_and_differs_for_others()
    {
        var a = ETaggedResult.TagOf(Encoding.UTF8.GetBytes("{\"total\":1}"));

        Assert.Equal(a, ETaggedResult.TagOf(Encoding.UTF8.GetBytes("{\"total\":1}")));
        Assert.NotEqual(a, ETaggedResult.TagOf(Encoding.UTF8.GetBytes("{\"total\":2}")));
        Assert.StartsWith("\"", a, StringComparison.Ordinal);
        Assert.EndsWith("\"", a, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abd\"", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void If_None_Match_matches_the_tag_weakly(string? header, bool matches) =>
        Assert.Equal(matches, ETaggedResult.Matches(header, "\"abc\""));

    [Theory]
    [InlineData(null, null, 1, 100, null)]
    [InlineData("3", "20", 3, 20, null)]
    [InlineData("0", null, 1, 100, "page")]
    [InlineData("x", null, 1, 100, "page")]
    [InlineData("1000001", null, 1, 100, "page")]
    [InlineData(null, "0", 1, 100, "pageSize")]
    [InlineData(null, "501", 1, 100, "pageSize")]
    [InlineData(null, "500", 1, 500, null)]
    [InlineData(null, "-5", 1, 100, "pageSize")]
    public void Paging_accepts_page_from_1_and_page_size_1_to_500(string? page, string? pageSize, int expectedPage, int expectedSize, string? error)
    {
        var errors = new Dictionary<string, string[]>();

        var paging = ApiPaging.Read(page, pageSize, errors, Localizer());

        Assert.Equal(expectedPage, paging.Page);
        Assert.Equal(expectedSize, paging.PageSize);
        Assert.Equal(error is null ? [] : new[] { error }, errors.Keys.ToArray());
    }
}
