using LocalGov.Data;
using LocalGov.Planning.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LocalGov.Planning.Services.Files;

/// <summary>Where uploaded files go and how big they may be (<c>Planning:Uploads</c>).</summary>
internal sealed class UploadOptions
{
    public const string Section = "Planning:Uploads";

    /// <summary>The folder files are stored under; relative paths are under the app's content root.</summary>
    public string Root { get; set; } = "App_Data/uploads";

    /// <summary>Largest accepted file, in bytes (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;
}

internal enum UploadError
{
    None = 0,
    Empty = 1,
    TooLarge = 2,
    TypeNotAllowed = 3,
    BadName = 4,
}

internal sealed record UploadResult(Attachment? Attachment, UploadError Error);

/// <summary>
/// Stores photos and documents on disk. The type is decided by the file's first bytes (JPEG, PNG, WebP, PDF), not by
/// what the browser claims, and must agree with the name's extension; the stored name is generated, and every path is
/// checked to stay under the root, so a crafted name ("../../x", "C:\x") can neither write nor read outside it.
/// </summary>
internal sealed class AttachmentStore(LocalGovDbContext db, IOptions<UploadOptions> options, IHostEnvironment environment, TimeProvider clock)
{
    private sealed record FileKind(string ContentType, string Extension, string[] Extensions, bool IsImage, Func<byte[], bool> Matches);

    private static readonly FileKind[] Kinds =
    [
        new("image/jpeg", ".jpg", [".jpg", ".jpeg"], true, b => b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF),
        new("image/png", ".png", [".png"], true, b => b.Length >= 8 && b.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })),
        new("image/webp", ".webp", [".webp"], true, b => b.Length >= 12 && b.AsSpan(0, 4).SequenceEqual("RIFF"u8) && b.AsSpan(8, 4).SequenceEqual("WEBP"u8)),
        new("application/pdf", ".pdf", [".pdf"], false, b => b.Length >= 5 && b.AsSpan(0, 5).SequenceEqual("%PDF-"u8)),
    ];

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>
    /// Checks and writes the file and adds its <see cref="Attachment"/> to the context (the caller saves it in its own
    /// transaction and calls <see cref="Delete"/> if that fails).
    /// </summary>
    public async Task<UploadResult> SaveAsync(
        int laoId, AttachmentOwner owner, int ownerId, IFormFile? file, string? caption, string userName, bool imagesOnly, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return new(null, UploadError.Empty);
        }

        if (file.Length > options.Value.MaxBytes)
        {
            return new(null, UploadError.TooLarge);
        }

        var originalName = file.FileName;
        if (!IsPlainFileName(originalName))
        {
            return new(null, UploadError.BadName);
        }

        var head = new byte[12];
        int read;
        await using (var probe = file.OpenReadStream())
        {
            read = await probe.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var extension = Path.GetExtension(originalName).ToLowerInvariant();
        var kind = Kinds.FirstOrDefault(k => k.Matches(head[..read]));
        if (kind is null || !kind.Extensions.Contains(extension) || (imagesOnly && !kind.IsImage))
        {
            return new(null, UploadError.TypeNotAllowed);
        }

        var storedName = $"{laoId}/{Guid.NewGuid():N}{kind.Extension}";
        var path = FullPath(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        await using (var source = file.OpenReadStream())
        {
            await source.CopyToAsync(target, cancellationToken);
        }

        var attachment = new Attachment
        {
            LaoId = laoId,
            Owner = owner,
            OwnerId = ownerId,
            OriginalName = originalName,
            StoredName = storedName,
            ContentType = kind.ContentType,
            SizeBytes = file.Length,
            Caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim(),
            UploadedBy = userName,
            UploadedAt = clock.GetUtcNow(),
        };
        db.Set<Attachment>().Add(attachment);
        return new(attachment, UploadError.None);
    }

    /// <summary>The stored file's content, or null when it is missing on disk.</summary>
    public Stream? OpenRead(Attachment attachment)
    {
        var path = FullPath(attachment.StoredName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    /// <summary>Removes the stored file (the caller removes the row).</summary>
    public void Delete(Attachment attachment)
    {
        var path = FullPath(attachment.StoredName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>A name with no folder part, no "..", no control or path characters, and an extension.</summary>
    internal static bool IsPlainFileName(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= 255
        && name == Path.GetFileName(name)
        && !name.Contains('/', StringComparison.Ordinal) && !name.Contains('\\', StringComparison.Ordinal) && !name.Contains(':', StringComparison.Ordinal)
        && !name.Contains("..", StringComparison.Ordinal)
        && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && !name.Any(char.IsControl)
        && Path.GetExtension(name).Length > 1;

    private string Root
    {
        get
        {
            var root = options.Value.Root;
            return Path.GetFullPath(Path.IsPathRooted(root) ? root : Path.Combine(environment.ContentRootPath, root));
        }
    }

    private string FullPath(string storedName)
    {
        var root = Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(root, storedName));
        return path.StartsWith(root, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException("A stored file name left the upload root.");
    }
}
