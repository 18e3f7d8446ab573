namespace CapRural.BuildingBlocks.Email;

/// <summary>An e-mail waiting in a module's outbox. Bodies are already rendered in French.</summary>
public sealed record EmailMessage(
    string To,
    string Subject,
    string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);
