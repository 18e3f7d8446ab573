namespace CapRural.Selection.Domain;

/// <summary>Selection's copy of a published call: what reviewing and proposing need, nothing more.</summary>
internal sealed class SelectionCall
{
    private SelectionCall()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string WorkingGroupName { get; private set; } = "";

    public int TargetGroupSize { get; private set; }

    /// <summary>Scored 0–5 each; the defaults unless the coordinator sets others before the first review.</summary>
    public List<ReviewCriterion> Criteria { get; private set; } = [];

    /// <summary>The keys a review must score, in order.</summary>
    public IReadOnlyList<string> CriterionKeys => [.. Criteria.Select(c => c.Key)];

    /// <summary>Reviewers see no name, e-mail or organisation unless the coordinator lifts this.</summary>
    public bool BlindReview { get; private set; } = true;

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The rules of the last applied proposal, used to name a replacement after a decline.</summary>
    public int? MaxPerDepartment { get; private set; }

    public int MaxPerOrganisation { get; private set; } = 1;

    /// <summary>The size of the group the last applied proposal formed: a place is free below it.</summary>
    public int? GroupSize { get; private set; }

    /// <summary>
    /// Bumped by publication, offers and criteria changes: the concurrency token that makes a second,
    /// racing publication or offer fail instead of writing to someone twice or filling a place twice.
    /// </summary>
    public int Version { get; private set; } = 1;

    public double MinSectorShare { get; private set; } = 0.4;

    public const int DefaultConfirmationDays = 10;
    public const int MaxConfirmationDays = 60;

    /// <summary>
    /// The call's deadline as Registration announced it; null for calls known before this was kept. An early
    /// closing is not announced to Selection (Registration keeps that event for the website), so publishing
    /// before the deadline needs <c>force</c>.
    /// </summary>
    public DateTimeOffset? ClosesAt { get; private set; }

    /// <summary>The first meeting's day as the call announced it: the acceptance e-mail states it.</summary>
    public DateOnly? FirstMeetingOn { get; private set; }

    /// <summary>Days an accepted person has to answer before the offer lapses and the place goes to the waiting list.</summary>
    public int ConfirmationDays { get; private set; } = DefaultConfirmationDays;

    public static SelectionCall Open(Guid id, string title, string workingGroupName, int targetGroupSize) => new()
    {
        Id = id,
        Title = title,
        WorkingGroupName = workingGroupName,
        TargetGroupSize = targetGroupSize,
        Criteria = [.. ReviewCriterion.Defaults],
    };

    public void Update(string title, string workingGroupName, int targetGroupSize, DateOnly firstMeetingOn, DateTimeOffset closesAt)
    {
        Title = title;
        WorkingGroupName = workingGroupName;
        TargetGroupSize = targetGroupSize;
        FirstMeetingOn = firstMeetingOn;
        ClosesAt = closesAt;
    }

    /// <summary>Closed by the coordinator before its deadline: it took its last application then.</summary>
    public void Close(DateTimeOffset closedAt)
    {
        if (ClosesAt is null || closedAt < ClosesAt)
        {
            ClosesAt = closedAt;
        }
    }

    /// <summary>Still taking applications: publishing now would leave late applicants out of a selection already announced.</summary>
    public bool IsOpenAt(DateTimeOffset now) => ClosesAt is { } closes && now < closes;

    public void SetConfirmationDays(int days) => ConfirmationDays = days;

    public void SetBlindReview(bool blind) => BlindReview = blind;

    public void RememberRules(int groupSize, int? maxPerDepartment, int maxPerOrganisation, double minSectorShare)
    {
        GroupSize = groupSize;
        MaxPerDepartment = maxPerDepartment;
        MaxPerOrganisation = maxPerOrganisation;
        MinSectorShare = minSectorShare;
    }

    /// <summary>The places the group has: the last applied proposal's size, else the call's target.</summary>
    public int Places => GroupSize ?? TargetGroupSize;

    public void SetCriteria(IEnumerable<ReviewCriterion> criteria)
    {
        Criteria = [.. criteria];
        Version++;
    }

    public void MarkPublished(DateTimeOffset now)
    {
        PublishedAt = now;
        Version++;
    }

    /// <summary>A freed place was offered to someone: racing offers for the last place conflict here.</summary>
    public void RecordOffer() => Version++;
}
