namespace CapRural.Selection.Domain;

/// <summary>Selection's copy of a published call: what reviewing and proposing need, nothing more.</summary>
internal sealed class SelectionCall
{
    /// <summary>Scored 0–5 each unless the coordinator sets other criteria for the call.</summary>
    public static readonly IReadOnlyList<string> DefaultCriteria = ["motivation", "experience", "contribution", "territorialAnchoring"];

    private SelectionCall()
    {
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string WorkingGroupName { get; private set; } = "";

    public int TargetGroupSize { get; private set; }

    public List<string> Criteria { get; private set; } = [];

    /// <summary>Reviewers see no name, e-mail or organisation unless the coordinator lifts this.</summary>
    public bool BlindReview { get; private set; } = true;

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>The rules of the last applied proposal, used to name a replacement after a decline.</summary>
    public int? MaxPerDepartment { get; private set; }

    public int MaxPerOrganisation { get; private set; } = 1;

    public double MinSectorShare { get; private set; } = 0.4;

    public static SelectionCall Open(Guid id, string title, string workingGroupName, int targetGroupSize) => new()
    {
        Id = id,
        Title = title,
        WorkingGroupName = workingGroupName,
        TargetGroupSize = targetGroupSize,
        Criteria = [.. DefaultCriteria],
    };

    public void Update(string title, string workingGroupName, int targetGroupSize)
    {
        Title = title;
        WorkingGroupName = workingGroupName;
        TargetGroupSize = targetGroupSize;
    }

    public void SetBlindReview(bool blind) => BlindReview = blind;

    public void RememberRules(int? maxPerDepartment, int maxPerOrganisation, double minSectorShare)
    {
        MaxPerDepartment = maxPerDepartment;
        MaxPerOrganisation = maxPerOrganisation;
        MinSectorShare = minSectorShare;
    }

    public void MarkPublished(DateTimeOffset now) => PublishedAt = now;
}
