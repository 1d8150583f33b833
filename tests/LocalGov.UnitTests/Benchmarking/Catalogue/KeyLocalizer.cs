using LocalGov.Benchmarking.Resources;
using Microsoft.Extensions.Localization;

namespace LocalGov.UnitTests.Benchmarking.Catalogue;

/// <summary>A localizer that answers with the key and its arguments, so tests can see which message a rule chose.</summary>
internal sealed class KeyLocalizer : IStringLocalizer<Strings>
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, arguments.Length == 0 ? name : $"{name}|{string.Join("|", arguments)}");

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
