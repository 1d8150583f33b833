using System.Globalization;
using LocalGov.Data;
using LocalGov.Revenue.Domain;
using Microsoft.EntityFrameworkCore;

namespace LocalGov.Revenue.Services.Payments;

/// <summary>
/// Running receipt numbers per receipt book (เล่มที่ n/ปีงบประมาณ) of an LAO and fiscal year: 1 to the book's
/// capacity (100), then the book closes and book n+1 opens by itself. Gapless: a number is taken in the same
/// transaction as its receipt; two clerks taking the same number collide on the book's concurrency stamp (or the
/// unique index (BookId, Number)) and the loser's whole payment is retried by <see cref="PaymentService"/>.
/// </summary>
internal sealed class ReceiptNumbering(LocalGovDbContext db)
{
    public const int BookCapacity = 100;

    public async Task<(ReceiptBook Book, int Number)> NextAsync(int laoId, int fiscalYear, CancellationToken cancellationToken)
    {
        var book = await db.Set<ReceiptBook>()
            .Where(b => b.LaoId == laoId && b.FiscalYear == fiscalYear && !b.Closed)
            .OrderBy(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (book is null || book.Closed || book.NextNumber > book.Capacity)
        {
            if (book is not null)
            {
                book.Closed = true;
                book.ConcurrencyStamp = Guid.NewGuid();
            }

            var count = await db.Set<ReceiptBook>().CountAsync(b => b.LaoId == laoId && b.FiscalYear == fiscalYear, cancellationToken);
            book = new ReceiptBook
            {
                LaoId = laoId,
                FiscalYear = fiscalYear,
                BookNo = string.Create(CultureInfo.InvariantCulture, $"{count + 1}/{fiscalYear}"),
                Capacity = BookCapacity,
            };
            db.Set<ReceiptBook>().Add(book);
            await db.SaveChangesAsync(cancellationToken);
        }

        var number = book.NextNumber;
        book.NextNumber = number + 1;
        book.Closed = book.NextNumber > book.Capacity;
        book.ConcurrencyStamp = Guid.NewGuid();
        return (book, number);
    }

    /// <summary>"1/2570-0012": book and number as printed.</summary>
    public static string Format(ReceiptBook book, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{book.BookNo}-{number:0000}");
}
