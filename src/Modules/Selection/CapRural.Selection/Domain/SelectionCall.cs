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

    public static SelectionCall Open(Guid id, string title, string workingGroupName, int targetGroupSize) => new()
    {
        Id = id,
        Title = title,
        WorkingGroupName = workingGroupName,
        TargetGroupSize = targetGroupSize,
        Criteria = [.. ReviewCriterion.Defaults],
    };

    public void Update(string title, string workingGroupName, int targetGroupSize)
    {
        Title = title;
        WorkingGroupName = workingGroupName;
        TargetGroupSize = targetGroupSize;
    }

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
