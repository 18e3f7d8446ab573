using System.Text;
using CapRural.BuildingBlocks.Email;
using CapRural.BuildingBlocks.Tests.Support;
using MimeKit;

namespace CapRural.BuildingBlocks.Tests.Email;

/// <summary>Queued e-mails reach the pickup folder once, readable by any mail tool.</summary>
public sealed class QueuedEmailTests : IDisposable
{
    private const string Body = "Bonjour Camille,\n\nNous avons bien reçu votre candidature à l'appel « Rencontres rurales ».\nÀ bientôt !";

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_queued_email_becomes_one_eml_file_named_after_its_message()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, new EmailMessage("camille.martin@example.org", "Votre candidature est bien reçue", Body));

        Assert.Equal(1, await module.ProcessDueAsync());

        var message = Assert.Single(await module.OutboxAsync());
        Assert.NotNull(message.ProcessedAt);
        var file = Assert.Single(Directory.GetFiles(module.MailDirectory));
        Assert.Equal($"{message.Id:N}.eml", Path.GetFileName(file));
        Assert.DoesNotMatch("(?<!\r)\n", await File.ReadAllTextAsync(file));
        using var email = MimeMessage.Load(file);
        var to = Assert.Single(email.To.Mailboxes);
        Assert.Equal("camille.martin@example.org", to.Address);
        Assert.Equal(new EmailOptions().FromAddress, Assert.Single(email.From.Mailboxes).Address);
        Assert.Equal("Votre candidature est bien reçue", email.Subject);
        Assert.Equal(Body, TextOf(email));
        Assert.Empty(email.Attachments);
    }

    [Fact]
    public async Task An_attachment_arrives_intact_under_its_name()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        var calendar = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nSUMMARY:Réunion du groupe\r\nEND:VCALENDAR\r\n");
        await QueueAsync(module, new EmailMessage(
            "camille.martin@example.org",
            "Convocation à la première réunion",
            Body,
            [new EmailAttachment("reunion.ics", "text/calendar", calendar)]));

        await module.ProcessDueAsync();

        using var email = MimeMessage.Load(Assert.Single(Directory.GetFiles(module.MailDirectory)));
        Assert.Equal(Body, TextOf(email));
        var attachment = Assert.IsAssignableFrom<MimePart>(Assert.Single(email.Attachments));
        Assert.Equal("reunion.ics", attachment.FileName);
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        Assert.NotNull(attachment.Content);
        await attachment.Content.DecodeToAsync(content);
        Assert.Equal(calendar, content.ToArray());
    }

    [Fact]
    public async Task An_email_delivered_twice_after_a_crash_is_still_one_file()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, new EmailMessage("camille.martin@example.org", "Votre lien personnel", Body));

        await module.ProcessDueAsync();
        await module.ForgetDeliveriesAsync();
        Assert.Equal(1, await module.ProcessDueAsync());

        var file = Assert.Single(Directory.GetFiles(module.MailDirectory));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pickup_folder_removed_between_two_emails_is_made_again()
    {
        await using var module = await ModuleHarness.StartAsync(_folder.Path);
        await QueueAsync(module, new EmailMessage("camille.martin@example.org", "Votre candidature est bien reçue", Body));
        await module.ProcessDueAsync();
        Directory.Delete(module.MailDirectory, recursive: true);

        await QueueAsync(module, new EmailMessage("camille.martin@example.org", "Votre lien personnel", Body));
        Assert.Equal(1, await module.ProcessDueAsync());

        using var email = MimeMessage.Load(Assert.Single(Directory.GetFiles(module.MailDirectory)));
        Assert.Equal("Votre lien personnel", email.Subject);
        Assert.All(await module.OutboxAsync(), m => Assert.NotNull(m.ProcessedAt));
    }

    public void Dispose() => _folder.Dispose();

    private static string TextOf(MimeMessage email)
    {
        Assert.NotNull(email.TextBody);
        // Every e-mail ends with the one signature the layout adds.
        var text = email.TextBody.ReplaceLineEndings("\n").TrimEnd('\n');
        var signature = "\n\n" + EmailLayout.SignatureName + "\n" + EmailLayout.SignatureLine;
        Assert.EndsWith(signature, text, StringComparison.Ordinal);
        return text[..^signature.Length];
    }

    private static Task QueueAsync(ModuleHarness module, EmailMessage email) => module.InScopeAsync(async db =>
    {
        db.QueueEmail(null, email);
        await db.SaveChangesAsync();
    });
}
