namespace LocalGov.SharedKernel.Text;

/// <summary>Fitting free text from another module or a file into a column of limited length.</summary>
public static class TextLimit
{
    /// <summary>The first <paramref name="length"/> characters of <paramref name="value"/> (all of it when shorter; "" for null).</summary>
    public static string Truncate(string? value, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var text = value ?? "";
        return text.Length <= length ? text : text[..length];
    }
}
