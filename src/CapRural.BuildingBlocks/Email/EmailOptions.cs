namespace CapRural.BuildingBlocks.Email;

/// <summary>Configuration section "Email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "ne-pas-repondre@caprural.org";

    public string FromName { get; set; } = "Cap Rural";

    /// <summary>Where .eml files are written when no SMTP host is configured; default {Data:Directory}/mail.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>When set, e-mails go out through this SMTP server instead of the pickup folder.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
