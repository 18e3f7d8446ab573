namespace CapRural.BuildingBlocks.Email;

/// <summary>Sends one queued e-mail. The message id is stable across retries so a resend is recognisable.</summary>
public interface IEmailSender
{
    Task SendAsync(Guid messageId, EmailMessage email, CancellationToken cancellationToken);
}
