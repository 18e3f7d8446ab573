using System.Text;
using CapRural.BuildingBlocks.Email;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CapRural.BuildingBlocks.Tests.Email;

/// <summary>What a mail client sees in a saved .eml file.</summary>
public sealed class MimeShapeTests : IDisposable
{
    private const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x@caprural.org\r\nSUMMARY:Réunion à Thiers\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "caprural-mime", Guid.NewGuid().ToString("N"));

    private async Task<(MimeMessage Message, string Raw)> SendAsync(EmailMessage email)
    {
        var sender = new PickupFolderEmailSender(Options.Create(new EmailOptions { FromAddress = "ne-pas-repondre@caprural.org", FromName = "Cap Rural" }), _directory);
        var id = Guid.NewGuid();
        await sender.SendAsync(id, email, CancellationToken.None);
        var file = Path.Combine(_directory, $"{id:N}.eml");
        return (MimeMessage.Load(file), await File.ReadAllTextAsync(file, Encoding.ASCII));
    }

    [Fact]
    public async Task A_mail_is_plain_text_and_the_same_content_in_html_quoted_printable_with_an_id_in_the_senders_domain()
    {
        var (message, raw) = await SendAsync(new EmailMessage("camille@example.org", "Votre candidature",
            "Bonjour Camille,\n\nVotre lien : https://site.test/candidatures/1?token=a&b=2\n<b>pas du HTML</b>"));

        Assert.EndsWith("@caprural.org", message.MessageId, StringComparison.Ordinal);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType).ToArray());
        Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal(ContentEncoding.QuotedPrintable, p.ContentTransferEncoding));
        Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset));
        Assert.True(raw.All(c => c < 128), "the saved file is 7-bit");

        Assert.Contains("L'équipe de Cap Rural", message.TextBody, StringComparison.Ordinal);
        var html = message.HtmlBody!;
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://site.test/candidatures/1?token=a&amp;b=2\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;pas du HTML&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("L&#x27;équipe de Cap Rural", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_is_typed_with_its_method_and_charset_and_names_organizer_and_attendee()
    {
        var (message, _) = await SendAsync(new EmailMessage("camille@example.org", "Invitation", "Bonjour,",
            [new EmailAttachment("invitation.ics", "text/calendar", Encoding.UTF8.GetBytes(Ics))]));

        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("text/calendar", part.ContentType.MimeType);
        Assert.Equal("REQUEST", part.ContentType.Parameters["method"]);
        Assert.Equal("utf-8", part.ContentType.Charset);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        var folded = Encoding.UTF8.GetString(stream.ToArray());
        Assert.All(folded.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var ics = folded.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("ORGANIZER;CN=\"Cap Rural\":mailto:ne-pas-repondre@caprural.org\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("RSVP=TRUE:mailto:camille@example.org\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Réunion à Thiers", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_calendar_is_not_turned_into_an_invitation()
    {
        var published = Ics.Replace("METHOD:REQUEST", "METHOD:PUBLISH", StringComparison.Ordinal);
        var (message, _) = await SendAsync(new EmailMessage("camille@example.org", "Agenda", "Bonjour,",
            [new EmailAttachment("agenda.ics", "text/calendar", Encoding.UTF8.GetBytes(published))]));
        var part = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("PUBLISH", part.ContentType.Parameters["method"]);
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        Assert.DoesNotContain("ATTENDEE", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_a_crash_mid_write_leaves_one_whole_file()
    {
        var sender = new PickupFolderEmailSender(Options.Create(new EmailOptions()), _directory);
        var id = Guid.NewGuid();
        var file = Path.Combine(_directory, $"{id:N}.eml");
        await sender.SendAsync(id, new EmailMessage("camille@example.org", "Votre candidature", "Bonjour Camille,"), CancellationToken.None);
        // The host died while writing the retry: a partial temporary file is left beside the e-mail.
        await File.WriteAllTextAsync(file + ".tmp", "From: partial");

        await sender.SendAsync(id, new EmailMessage("camille@example.org", "Votre candidature", "Bonjour Camille, encore"), CancellationToken.None);

        Assert.Equal([file], Directory.GetFiles(_directory));
        Assert.Contains("encore", MimeMessage.Load(file).TextBody, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
