using Microsoft.Extensions.Options;
using MimeKit;

namespace CapRural.BuildingBlocks.Email;

/// <summary>
/// Writes each e-mail as <c>{id}.eml</c> into the pickup folder. Named by message id, so a retry
/// after a crash overwrites the same file instead of adding a second e-mail.
/// </summary>
internal sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, string directory) : IEmailSender
{
    /// <summary>RFC 5322 lines end with CRLF on every OS; MimeKit's default follows the OS (LF on Linux).</summary>
    private static readonly FormatOptions Rfc5322 = new() { NewLineFormat = NewLineFormat.Dos };

    public Task SendAsync(Guid messageId, EmailMessage email, CancellationToken cancellationToken)
    {
        var target = Path.Combine(directory, $"{messageId:N}.eml");
        var temporary = target + ".tmp";
        // Formatted in memory, then written in one call, synchronously: a few kilobytes to a local
        // disk, where MimeKit's many small asynchronous writes each went through the thread pool.
        using var content = new MemoryStream();
        MimeBuilder.Build(messageId, email, options.Value).WriteTo(Rfc5322, content, cancellationToken);
        using (var file = CreateNew(temporary))
        {
            file.Write(content.GetBuffer(), 0, (int)content.Length);
        }

        // The reader of the folder sees the file whole or not at all.
        File.Move(temporary, target, overwrite: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A new file, never one truncated: truncating makes ext4 write the file out when it is closed
    /// (its safeguard for files rewritten in place), a disk write for every e-mail. A temporary file
    /// left by a crash is removed first; the folder is made when it is missing.
    /// </summary>
    private FileStream CreateNew(string path)
    {
        try
        {
            return Open(path);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(directory);
            return Open(path);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            return Open(path);
        }
    }

    private static FileStream Open(string path) =>
        new(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 });
}
