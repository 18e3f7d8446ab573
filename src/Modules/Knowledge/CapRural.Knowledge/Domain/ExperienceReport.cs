using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;

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

    /// <summary>The member's name as Knowledge knew it at submission, for the coordinator; erased with the person.</summary>
    public string AuthorName { get; private set; } = "";

    /// <summary>The author's explicit choice, at submission, to be named on the published sheet.</summary>
    public bool PublishAuthorName { get; private set; }

    /// <summary>The name put on the sheet at acceptance, or null when the sheet names "a group member".</summary>
    public string? PublishedAuthor { get; private set; }

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
        MemberToken author, string authorName, bool publishAuthorName, string title, string summary, string body, IReadOnlyList<string> themes,
        DateTimeOffset now) => new()
    {
        Id = SortableId.New(),
        MemberId = author.MemberId,
        ApplicationId = author.ApplicationId,
        GroupId = author.GroupId,
        AuthorName = authorName,
        PublishAuthorName = publishAuthorName,
        Title = title,
        Summary = summary,
        Body = body,
        Themes = [.. themes],
        Status = ExperienceReportStatus.Pending,
        SubmittedAt = now,
        Version = Guid.NewGuid(),
    };

    /// <summary>
    /// The sheet the report becomes. It names the author only if they chose so for this report (the
    /// directory consent does not count: it is another choice), with their current name.
    /// </summary>
    public SheetContent Content(string? currentName)
    {
        var name = string.IsNullOrWhiteSpace(currentName) ? AuthorName : currentName.Trim();
        var author = PublishAuthorName && name.Length > 0 ? Cut(name) : AuthorLabels.GroupMember;
        // The summary is optional for the member but a published sheet needs one: the body's opening stands in.
        var summary = Summary.Length > 0 ? Summary : Opening(Body);
        return new(Title, summary, Body, Themes, [author], SheetRules.DefaultLicence, null);
    }

    public void Accept(Guid sheetId, SheetContent content, DateTimeOffset now)
    {
        EnsurePending();
        Status = ExperienceReportStatus.Accepted;
        SheetId = sheetId;
        PublishedAuthor = content.Authors[0] == AuthorLabels.GroupMember ? null : content.Authors[0];
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

    /// <summary>Erasure of an accepted report's author: the report stays (its sheet is public), the person goes.</summary>
    public void ForgetAuthor()
    {
        MemberId = Guid.Empty;
        ApplicationId = Guid.Empty;
        AuthorName = "";
        PublishedAuthor = null;
        PublishAuthorName = false;
    }

    private static string Opening(string body)
    {
        var line = body.Split('\n').Select(l => l.Trim().TrimStart('#', '>', '-', '*', ' ')).FirstOrDefault(l => l.Length > 0) ?? "";
        return line.Length <= 300 ? line : line[..300].TrimEnd() + "…";
    }

    private static string Cut(string name) => name.Length <= SheetRules.AuthorMax ? name : name[..SheetRules.AuthorMax].Trim();

    private void EnsurePending()
    {
        if (Status != ExperienceReportStatus.Pending)
        {
            throw new ConflictException(Status == ExperienceReportStatus.Accepted
                ? Localized.Pick("Ce retour d'expérience a déjà été accepté.", "This experience report was already accepted.")
                : Localized.Pick("Ce retour d'expérience a déjà été refusé.", "This experience report was already rejected."));
        }
    }
}

internal static class ExperienceReportRules
{
    public const int ReasonMax = 2_000;
}

/// <summary>How a sheet names an author who did not choose to be named, or whose data was erased.</summary>
internal static class AuthorLabels
{
    /// <summary>Stored in the sheet, whose content is French.</summary>
    public const string GroupMember = "un·e membre du groupe";

    public const string GroupMemberEnglish = "a group member";
}
