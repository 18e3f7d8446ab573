using Microsoft.Extensions.Options;

namespace CapRural.BuildingBlocks.Email;

/// <summary>
/// Writes each e-mail as <c>{id}.eml</c> into the pickup folder. Named by message id, so a retry
/// after a crash overwrites the same file instead of adding a second e-mail.
/// </summary>
internal sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, string directory) : IEmailSender
{
    public async Task SendAsync(Guid messageId, EmailMessage email, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, $"{messageId:N}.eml");
        var temporary = target + ".tmp";
        var message = MimeBuilder.Build(messageId, email, options.Value);
        await using (var stream = File.Create(temporary))
        {
            await message.WriteToAsync(stream, cancellationToken);
        }

        File.Move(temporary, target, overwrite: true);
    }
}
