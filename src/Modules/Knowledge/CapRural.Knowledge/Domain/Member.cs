using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Knowledge.Domain;

/// <summary>
/// Knowledge's own copy of a confirmed member of a working group, kept from Selection's events.
/// Everybody confirmed is kept (experience reports need an author); only <see cref="ListedInDirectory"/>
/// members appear in the public directory, and never with their e-mail or phone.
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

    public string Organisation { get; private set; } = "";

    public string Role { get; private set; } = "";

    public Sector Sector { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string? EpciName { get; private set; }

    public List<string> Topics { get; private set; } = [];

    /// <summary>Folded topics, for the topic filter ("mobilite" finds "mobilité").</summary>
    public List<string> TopicKeys { get; private set; } = [];

    /// <summary>Consent to the directory, given at application and withdrawable by correcting it.</summary>
    public bool ListedInDirectory { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Member Confirmed(Guid applicationId, Guid candidateId, Guid callId, MemberProfile profile, DateTimeOffset now)
    {
        var member = new Member { ApplicationId = applicationId, CandidateId = candidateId, CallId = callId };
        member.Refresh(profile, now);
        return member;
    }

    public void Refresh(MemberProfile profile, DateTimeOffset now)
    {
        Name = $"{profile.FirstName.Trim()} {profile.LastName.Trim()}".Trim();
        Organisation = profile.Organisation;
        Role = profile.Role;
        Sector = profile.Sector;
        DepartmentCode = profile.DepartmentCode;
        EpciName = profile.EpciName;
        Topics = [.. profile.Topics];
        TopicKeys = [.. profile.Topics.Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct()];
        ListedInDirectory = profile.ConsentToDirectory;
        UpdatedAt = now;
    }
}

/// <summary>What Knowledge keeps of a member, whichever module's event brings it.</summary>
internal sealed record MemberProfile(
    string FirstName,
    string LastName,
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
