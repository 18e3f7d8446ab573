using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Meetings.Contracts;

namespace CapRural.Meetings.Domain;

/// <summary>A confirmed participant of a working group, as Meetings needs them: where they are, how to write to them.</summary>
internal sealed class Member
{
    private Member()
    {
    }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    /// <summary>Registration's id: how an erasure finds the person.</summary>
    public Guid ApplicationId { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string Organisation { get; private set; } = "";

    public Sector Sector { get; private set; }

    public string Role { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public string CommuneName { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>True when the position is that of the EPCI or department, not of the commune itself.</summary>
    public bool Approximate { get; private set; }

    /// <summary>SHA-256 of the private member token; the token itself is only in the welcome e-mail.</summary>
    public string TokenHash { get; private set; } = "";

    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>
    /// SHA-256 of the secret in the member's calendar subscription URL. Separate from the member token:
    /// calendar apps keep URLs in plain sight, and this one can only read the group's calendar.
    /// </summary>
    public string? FeedTokenHash { get; private set; }

    /// <summary>When the member left the group; they then get no e-mails and count nowhere.</summary>
    public DateTimeOffset? LeftAt { get; private set; }

    /// <summary>Why the member left: shown in their export, and said in the event other modules react to.</summary>
    public MemberDeparture? Departure { get; private set; }

    public bool HasLeft => LeftAt is not null;

    public string FullName => $"{FirstName} {LastName}";

    public static Member Join(Guid groupId, Guid applicationId, MemberDetails details, string tokenHash, DateTimeOffset now) => new()
    {
        Id = SortableId.New(),
        GroupId = groupId,
        ApplicationId = applicationId,
        FirstName = details.FirstName,
        LastName = details.LastName,
        Email = details.Email,
        Organisation = details.Organisation,
        Sector = details.Sector,
        Role = details.Role,
        CommuneCode = details.CommuneCode,
        CommuneName = details.CommuneName,
        DepartmentCode = details.DepartmentCode,
        Latitude = details.Latitude,
        Longitude = details.Longitude,
        Approximate = details.Approximate,
        TokenHash = tokenHash,
        JoinedAt = now,
    };

    /// <summary>Leaves the group once; answers false when the member had already left (nothing changes then).</summary>
    public bool Leave(MemberDeparture departure, DateTimeOffset now)
    {
        if (HasLeft)
        {
            return false;
        }

        LeftAt = now;
        Departure = departure;
        return true;
    }

    /// <summary>A new subscription secret; the previous URL stops working.</summary>
    public void IssueFeedToken(string feedTokenHash) => FeedTokenHash = feedTokenHash;
}

/// <summary>What a member is known by, as Selection sends it.</summary>
internal sealed record MemberDetails(
    string FirstName,
    string LastName,
    string Email,
    string Organisation,
    Sector Sector,
    string Role,
    string CommuneCode,
    string CommuneName,
    string DepartmentCode,
    double Latitude,
    double Longitude,
    bool Approximate);
