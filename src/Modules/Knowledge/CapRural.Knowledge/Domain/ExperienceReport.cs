using CapRural.BuildingBlocks.Errors;

namespace CapRural.Knowledge.Domain;

public enum ExperienceReportStatus
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>What a method sheet is: a sheet written by the coordinator, or a member's accepted experience report.</summary>
public enum SheetKind
{
    MethodSheet,
    ExperienceReport,
}

/// <summary>
/// Knowledge's record of a member token, from Meetings' <c>MemberJoined</c>: only the SHA-256, never the token.
/// Kept apart from <see cref="Member"/>, which Selection's events fill, so either event may arrive first.
/// </summary>
internal sealed class MemberToken
{
    private MemberToken()
    {
    }

    public Guid MemberId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid GroupId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public static MemberToken Issued(Guid memberId, Guid applicationId, Guid groupId, string tokenHash) => new()
    {
        MemberId = memberId,
        ApplicationId = applicationId,
        GroupId = groupId,
        TokenHash = tokenHash,
    };
}

/// <summary>A retour d'expérience sent by a member, which the coordinator accepts (it is published as a sheet) or rejects.</summary>
internal sealed class ExperienceReport
{
    private ExperienceReport()
    {
    }

    public Guid Id { get; private set; }

    public Guid MemberId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid GroupId { get; private set; }

    public string AuthorName { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Body { get; private set; } = "";

    public List<string> Themes { get; private set; } = [];

    public ExperienceReportStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid? SheetId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Changes with every decision: of two decisions taken at once, the second gets a 409.</summary>
    public Guid Version { get; private set; }

    public static ExperienceReport Submit(
        MemberToken author, string authorName, string title, string summary, string body, IReadOnlyList<string> themes, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        MemberId = author.MemberId,
        ApplicationId = author.ApplicationId,
        GroupId = author.GroupId,
        AuthorName = authorName,
        Title = title,
        Summary = summary,
        Body = body,
        Themes = [.. themes],
        Status = ExperienceReportStatus.Pending,
        SubmittedAt = now,
        Version = Guid.NewGuid(),
    };

    public SheetContent Content() => new(
        Title, Summary, Body, Themes,
        AuthorName.Length > 0 ? [AuthorName] : [],
        SheetRules.DefaultLicence, null);

    public void Accept(Guid sheetId, DateTimeOffset now)
    {
        EnsurePending();
        Status = ExperienceReportStatus.Accepted;
        SheetId = sheetId;
        DecidedAt = now;
        Version = Guid.NewGuid();
    }

    public void Reject(string reason, DateTimeOffset now)
    {
        EnsurePending();
        Status = ExperienceReportStatus.Rejected;
        RejectionReason = reason;
        DecidedAt = now;
        Version = Guid.NewGuid();
    }

    private void EnsurePending()
    {
        if (Status != ExperienceReportStatus.Pending)
        {
            throw new ConflictException(Status == ExperienceReportStatus.Accepted
                ? Localized.Pick("Ce retour d'expérience a déjà été accepté.", "This experience report has already been accepted.")
                : Localized.Pick("Ce retour d'expérience a déjà été refusé.", "This experience report has already been rejected."));
        }
    }
}

internal static class ExperienceReportRules
{
    public const int ReasonMax = 2_000;
}
