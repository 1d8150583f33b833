using LocalGov.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LocalGov.Web.Infrastructure;

/// <summary>Model binding errors (a letter typed in a number field, a missing value) in the user's language.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(Strings));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => l["Binding.ValueInvalid", value]);
        messages.SetValueIsInvalidAccessor(value => l["Binding.ValueInvalid", value]);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["Binding.UnknownValueInvalid"]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Binding.ValueInvalid", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Binding.UnknownValueInvalid"]);
        messages.SetValueMustBeANumberAccessor(_ => l["Binding.MustBeNumber"]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Binding.MustBeNumber"]);
        messages.SetValueMustNotBeNullAccessor(_ => l["Binding.Required"]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["Binding.Required"]);
        messages.SetMissingKeyOrValueAccessor(() => l["Binding.Required"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Binding.Required"]);
    }
}
