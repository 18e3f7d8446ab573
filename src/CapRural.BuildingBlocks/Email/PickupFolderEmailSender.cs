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

    public async Task SendAsync(Guid messageId, EmailMessage email, CancellationToken cancellationToken)
    {
        var target = Path.Combine(directory, $"{messageId:N}.eml");
        var temporary = target + ".tmp";
        var message = MimeBuilder.Build(messageId, email, options.Value);
        await using (var stream = Create(temporary))
        {
            await message.WriteToAsync(Rfc5322, stream, cancellationToken);
        }

        File.Move(temporary, target, overwrite: true);
    }

    /// <summary>The folder is made when it is missing, not checked before every e-mail.</summary>
    private FileStream Create(string path)
    {
        try
        {
            return File.Create(path);
        }
        catch (DirectoryNotFoundException)
        {
            Directory.CreateDirectory(directory);
            return File.Create(path);
        }
    }
}
