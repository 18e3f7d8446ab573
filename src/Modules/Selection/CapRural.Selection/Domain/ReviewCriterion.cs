namespace CapRural.Selection.Domain;

/// <summary>One thing reviewers score 0–5: a stable camelCase key (the field in <c>scores</c>) and its French label.</summary>
public sealed record ReviewCriterion(string Key, string Label)
{
    public const int MaxCount = 8;
    public const int KeyMax = 40;
    public const int LabelMax = 120;

    /// <summary>The call's criteria unless the coordinator sets others before the first review.</summary>
    public static readonly IReadOnlyList<ReviewCriterion> Defaults =
    [
        new("motivation", "Motivation"),
        new("experience", "Expérience en lien avec le thème"),
        new("contribution", "Capacité à partager et à contribuer"),
        new("territorialAnchoring", "Ancrage territorial rural"),
    ];
}
