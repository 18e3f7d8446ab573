using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Registration.Domain;

/// <summary>
/// A private link sent again after "lost link": it works alongside the first one (so a request made by
/// someone else never cuts the applicant off) until the application is erased. Only the hash is kept.
/// </summary>
internal sealed class AccessToken
{
    /// <summary>How many links sent again stay valid per application; a newer one retires the oldest.</summary>
    public const int ActivePerApplication = 5;

    private AccessToken()
    {
    }

    public string TokenHash { get; private set; } = "";

    public Guid ApplicationId { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public static AccessToken Issue(Guid applicationId, string tokenHash, DateTimeOffset now) =>
        new() { ApplicationId = applicationId, TokenHash = tokenHash, IssuedAt = now };
}

/// <summary>
/// A "lost link" request waiting to be handled once the answer is sent. It holds the address as typed
/// only until then: handling it deletes it.
/// </summary>
internal sealed class LostLinkRequest
{
    /// <summary>A request still here after this long was never handled (its message was parked): it is forgotten.</summary>
    public static readonly TimeSpan KeptAtMost = TimeSpan.FromDays(1);

    private LostLinkRequest()
    {
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; } = "";

    public DateTimeOffset RequestedAt { get; private set; }

    public static LostLinkRequest Receive(string email, DateTimeOffset now) =>
        new() { Id = SortableId.New(), Email = email.Trim(), RequestedAt = now };
}
