using MimeKit;
using MimeKit.Text;

namespace CapRural.BuildingBlocks.Email;

/// <summary>
/// The MIME shape of every e-mail: <c>multipart/alternative</c> (plain text and the same content
/// in HTML), quoted-printable bodies that survive any relay, a Message-Id in the sender's domain,
/// and calendar files typed with their method and charset so mail clients offer Accept/Decline.
/// </summary>
internal static class MimeBuilder
{
    public static MimeMessage Build(Guid messageId, EmailMessage email, EmailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = $"{messageId:N}@{Domain(options.FromAddress)}",
            Subject = email.Subject,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));

        var alternative = new MultipartAlternative
        {
            Text(TextFormat.Plain, EmailLayout.Text(email.TextBody)),
            Text(TextFormat.Html, EmailLayout.Html(email.Subject, email.TextBody)),
        };
        var attachments = email.Attachments ?? [];
        if (attachments.Count == 0)
        {
            message.Body = alternative;
            return message;
        }

        var mixed = new Multipart("mixed") { alternative };
        foreach (var attachment in attachments)
        {
            mixed.Add(Attachment(attachment, options, email.To));
        }

        message.Body = mixed;
        return message;
    }

    private static TextPart Text(TextFormat format, string content)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText("utf-8", content);
        return part;
    }

    private static MimePart Attachment(EmailAttachment attachment, EmailOptions options, string to)
    {
        var type = ContentType.Parse(attachment.ContentType);
        var content = attachment.Content;
        if (type.IsMimeType("text", "calendar"))
        {
            var calendar = CalendarPart.Address(System.Text.Encoding.UTF8.GetString(content), options.FromName, options.FromAddress, to);
            content = System.Text.Encoding.UTF8.GetBytes(calendar.Text);
            if (calendar.Method is not null)
            {
                type.Parameters["method"] = calendar.Method;
            }

            type.Charset = "utf-8";
        }

        return new MimePart(type)
        {
            Content = new MimeContent(new MemoryStream(content)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = attachment.FileName },
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };
    }

    private static string Domain(string address)
    {
        var at = address.LastIndexOf('@');
        return at >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "caprural.org";
    }
}
