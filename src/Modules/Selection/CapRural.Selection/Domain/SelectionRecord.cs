using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Selection.Domain;

/// <summary>
/// What an applied proposal rested on, kept so that anyone can recompute it years later: the rules, the
/// scores as the solver saw them (a snapshot and its SHA-256), the solver's version and the group it gave.
/// The snapshot names candidates by id and organisations by a pseudonym: no one's details are in it.
/// </summary>
internal sealed class SelectionRecord
{
    private SelectionRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    public DateTimeOffset AppliedAt { get; private set; }

    public string SolverVersion { get; private set; } = "";

    /// <summary>JSON, exactly as hashed and replayed.</summary>
    public string Constraints { get; private set; } = "";

    public string Snapshot { get; private set; } = "";

    public string SnapshotHash { get; private set; } = "";

    public List<Guid> Accepted { get; private set; } = [];

    public List<Guid> Waitlist { get; private set; } = [];

    public double TotalScore { get; private set; }

    public static SelectionRecord Applied(Guid callId, DateTimeOffset now, string solverVersion, string constraints, string snapshot, string snapshotHash,
        IEnumerable<Guid> accepted, IEnumerable<Guid> waitlist, double totalScore) => new()
    {
        Id = SortableId.New(),
        CallId = callId,
        AppliedAt = now,
        SolverVersion = solverVersion,
        Constraints = constraints,
        Snapshot = snapshot,
        SnapshotHash = snapshotHash,
        Accepted = [.. accepted],
        Waitlist = [.. waitlist],
        TotalScore = totalScore,
    };
}
