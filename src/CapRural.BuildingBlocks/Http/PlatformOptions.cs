namespace CapRural.BuildingBlocks.Http;

/// <summary>Configuration section "Platform".</summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>The Cap Rural website; private links in e-mails point to its pages.</summary>
    public string WebsiteBaseUrl { get; set; } = "https://www.caprural.org";

    /// <summary>A link to a page of the website, carrying a private token in its query string.</summary>
    public string PrivateLink(string path, string token) =>
        $"{WebsiteBaseUrl.TrimEnd('/')}/{path.TrimStart('/')}?token={Uri.EscapeDataString(token)}";
}
