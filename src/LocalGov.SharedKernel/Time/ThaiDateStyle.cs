namespace LocalGov.SharedKernel.Time;

// CA1720 reads Short/Long as the integer type names; here they are date lengths, as in "short date" / "long date".
#pragma warning disable CA1720

/// <summary>How <see cref="ThaiDate.Format"/> writes a date. Every style shows the B.E. year.</summary>
public enum ThaiDateStyle
{
    /// <summary>"23/11/2569": tables and forms.</summary>
    Short = 0,

    /// <summary>"23 พ.ย. 2569" / "23 Nov 2569": lists and headings.</summary>
    Medium = 1,

    /// <summary>"23 พฤศจิกายน 2569" / "23 November 2569": letters and printed documents.</summary>
    Long = 2,
}

#pragma warning restore CA1720
