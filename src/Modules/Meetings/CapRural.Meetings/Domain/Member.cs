using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;

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

    public string FullName => $"{FirstName} {LastName}";

    public static Member Join(Guid groupId, Guid applicationId, MemberDetails details, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
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

    public void Leave(DateTimeOffset now)
    {
        if (LeftAt is not null)
        {
            throw new ConflictException(Localized.Pick("Ce membre a déjà quitté le groupe.", "This member has already left the group."));
        }

        LeftAt = now;
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
