using MimeKit;

namespace CapRural.BuildingBlocks.Email;

internal static class MimeBuilder
{
    public static MimeMessage Build(Guid messageId, EmailMessage email, EmailOptions options)
    {
        var message = new MimeMessage
        {
            MessageId = $"{messageId:N}@caprural",
            Subject = email.Subject,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(email.To));

        var body = new BodyBuilder { TextBody = email.TextBody };
        foreach (var attachment in email.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
