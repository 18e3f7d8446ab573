using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Knowledge.Domain;

/// <summary>
/// Knowledge's own copy of a member of a working group, kept from Selection's and Meetings' events.
/// Everybody confirmed is kept (experience reports need an author and an address to tell them of the
/// decision); only <see cref="ListedInDirectory"/> members appear in the public directory, and never
/// with their e-mail or phone. Events may come in any order: a departure or an erasure that arrives
/// before the confirmation is kept, so the late confirmation cannot bring the person back.
/// </summary>
internal sealed class Member
{
    private Member()
    {
    }

    public Guid ApplicationId { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid CallId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Where the decisions on their experience reports are sent; erased with the person.</summary>
    public string Email { get; private set; } = "";

    public string Organisation { get; private set; } = "";

    public string Role { get; private set; } = "";

    public Sector Sector { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string? EpciName { get; private set; }

    public List<string> Topics { get; private set; } = [];

    /// <summary>Folded topics, for the topic filter ("mobilite" finds "mobilité").</summary>
    public List<string> TopicKeys { get; private set; } = [];

    /// <summary>True once the confirmation brought the person's profile.</summary>
    public bool HasProfile { get; private set; }

    /// <summary>The consent to the directory as the application states it.</summary>
    public bool ApplicationConsent { get; private set; }

    /// <summary>The member's own later choice (through their member token); null while they made none.</summary>
    public bool? OwnDirectoryChoice { get; private set; }

    /// <summary>When they left the group, for whatever reason; a member who left is never listed again.</summary>
    public DateTimeOffset? LeftAt { get; private set; }

    /// <summary>Their personal data was erased: only the application id stays, so no late event brings it back.</summary>
    public bool Erased { get; private set; }

    /// <summary>Stored for the directory's index: has a profile, is still a member, and consents.</summary>
    public bool ListedInDirectory { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool ConsentsToDirectory => OwnDirectoryChoice ?? ApplicationConsent;

    public bool IsActive => HasProfile && LeftAt is null && !Erased;

    public static Member Confirmed(Guid applicationId, Guid candidateId, Guid callId, MemberProfile profile, DateTimeOffset now)
    {
        var member = Placeholder(applicationId, now);
        member.Confirm(candidateId, callId, profile, now);
        return member;
    }

    /// <summary>A member whose confirmation has not arrived yet, known only by their application.</summary>
    public static Member Placeholder(Guid applicationId, DateTimeOffset now) => new() { ApplicationId = applicationId, UpdatedAt = now };

    public void Confirm(Guid candidateId, Guid callId, MemberProfile profile, DateTimeOffset now)
    {
        if (Erased)
        {
            return;
        }

        CandidateId = candidateId;
        CallId = callId;
        Apply(profile, profile.ConsentToDirectory, now);
    }

    /// <summary>
    /// A corrected application. Its consent counts as a new choice only when it changed: an unrelated
    /// correction must not undo the member's own later choice.
    /// </summary>
    public void Refresh(MemberProfile profile, DateTimeOffset now)
    {
        if (Erased)
        {
            return;
        }

        if (HasProfile && profile.ConsentToDirectory != ApplicationConsent)
        {
            OwnDirectoryChoice = null;
        }

        Apply(profile, profile.ConsentToDirectory, now);
    }

    public void ChooseDirectory(bool consent, DateTimeOffset now)
    {
        OwnDirectoryChoice = consent;
        UpdatedAt = now;
        Recompute();
    }

    public void Leave(DateTimeOffset now)
    {
        LeftAt ??= now;
        UpdatedAt = now;
        Recompute();
    }

    /// <summary>Forgets everything about the person but the application id.</summary>
    public void Erase(DateTimeOffset now)
    {
        Erased = true;
        LeftAt ??= now;
        Name = "";
        Email = "";
        Organisation = "";
        Role = "";
        DepartmentCode = "";
        EpciName = null;
        Topics = [];
        TopicKeys = [];
        ApplicationConsent = false;
        OwnDirectoryChoice = null;
        UpdatedAt = now;
        Recompute();
    }

    private void Apply(MemberProfile profile, bool applicationConsent, DateTimeOffset now)
    {
        Name = $"{profile.FirstName.Trim()} {profile.LastName.Trim()}".Trim();
        Email = profile.Email.Trim();
        Organisation = profile.Organisation;
        Role = profile.Role;
        Sector = profile.Sector;
        DepartmentCode = profile.DepartmentCode;
        EpciName = profile.EpciName;
        Topics = [.. profile.Topics];
        TopicKeys = [.. profile.Topics.Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct()];
        ApplicationConsent = applicationConsent;
        HasProfile = true;
        UpdatedAt = now;
        Recompute();
    }

    private void Recompute() => ListedInDirectory = IsActive && ConsentsToDirectory;
}

/// <summary>What Knowledge keeps of a member, whichever module's event brings it.</summary>
internal sealed record MemberProfile(
    string FirstName,
    string LastName,
    string Email,
    string Organisation,
    string Role,
    Sector Sector,
    string DepartmentCode,
    string? EpciName,
    IReadOnlyList<string> Topics,
    bool ConsentToDirectory);

internal static class MemberLimits
{
    /// <summary>Generous bound on the texts copied from applications (already bounded there).</summary>
    public const int Text = 300;
}
