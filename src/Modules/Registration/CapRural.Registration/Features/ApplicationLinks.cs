using CapRural.BuildingBlocks.Http;

namespace CapRural.Registration.Features;

internal static class ApplicationLinks
{
    /// <summary>The website page where an applicant reads and corrects their application.</summary>
    public static string EditLink(this PlatformOptions platform, Guid applicationId, string token) =>
        platform.PrivateLink($"candidatures/{applicationId}", token);
}
