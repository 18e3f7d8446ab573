using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Selection.Domain;

/// <summary>
/// One reviewer's scores for one candidate (0–5 per criterion) and a comment, or their recusal.
/// One per reviewer per candidate; it can be changed until the results are published.
/// </summary>
internal sealed class Review
{
    public const int MinScore = 0;
    public const int MaxScore = 5;
    public const int CommentMax = 2000;

    private Review()
    {
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    public Guid CandidateId { get; private set; }

    public Guid ReviewerKeyId { get; private set; }

    public Dictionary<string, int> Scores { get; private set; } = [];

    public string? Comment { get; private set; }

    /// <summary>The reviewer stands aside (same organisation, personal tie): no scores, no view of others'.</summary>
    public bool Recused { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The mean of the criteria, the candidate's score in this review.</summary>
    public double Average => Scores.Count == 0 ? 0 : Scores.Values.Average();

    public static Review Start(Guid callId, Guid candidateId, Guid reviewerKeyId, DateTimeOffset now) => new()
    {
        Id = SortableId.New(),
        CallId = callId,
        CandidateId = candidateId,
        ReviewerKeyId = reviewerKeyId,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Score(IReadOnlyDictionary<string, int> scores, string? comment, DateTimeOffset now)
    {
        Scores = new Dictionary<string, int>(scores);
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Recused = false;
        UpdatedAt = now;
    }

    public void Recuse(DateTimeOffset now)
    {
        Scores = [];
        Comment = null;
        Recused = true;
        UpdatedAt = now;
    }

    /// <summary>Comments may describe the person: they go with the person's data.</summary>
    public void Erase() => Comment = null;
}
