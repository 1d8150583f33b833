namespace LocalGov.SharedKernel.Web;

/// <summary>Paging links for a list: the current page, the page count and how to build a page's URL.</summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> UrlFor)
{
    /// <summary>Up to <paramref name="size"/> page numbers around the current page.</summary>
    public IEnumerable<int> Window(int size = 9)
    {
        var first = Math.Max(1, Page - (size / 2));
        var last = Math.Min(PageCount, first + size - 1);
        first = Math.Max(1, last - size + 1);
        return Enumerable.Range(first, last - first + 1);
    }

    /// <summary>Clamps a requested page into 1..pageCount for <paramref name="total"/> rows.</summary>
    public static (int Page, int PageCount) Clamp(int requested, int total, int pageSize)
    {
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        return (Math.Clamp(requested, 1, pageCount), pageCount);
    }
}
