using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>
/// Proposes the group that maximises the total score while keeping every balance rule, or says
/// which rule cannot be met. Deterministic: candidates are ranked by score, then review count,
/// then submission time, and that rank breaks every tie.
/// </summary>
internal static class GroupProposer
{
    /// <summary>Scores are compared in thousandths of a point, so totals are exact integers.</summary>
    public const int ScoreUnits = 1000;

    /// <summary>Named in every applied proposal's record; a change that can alter a result must change it, so a replay says why it differs.</summary>
    public const string SolverVersion = "exact-flow-lagrange-branch-and-bound/1";

    public static ProposalResult Propose(IReadOnlyList<ProposalCandidate> candidates, ProposalConstraints constraints)
    {
        var ranked = Rank(candidates);
        var eligible = ranked.Where(c => constraints.MinScore is not { } min || c.AverageScore >= min - 1e-9).ToList();
        var problems = ProposalFeasibility.Problems(eligible, constraints);
        var (chosen, optimal) = problems.Count == 0 ? Choose(eligible, constraints) : (null, true);
        if (chosen is null)
        {
            if (problems.Count == 0)
            {
                problems = [$"aucune combinaison de {constraints.GroupSize} personnes ne respecte à la fois les minimums par secteur " +
                    "et les plafonds par département et par organisation"];
            }

            return new ProposalResult(false, [], [], [], 0, problems);
        }

        return ProposalReasons.Explain(ranked, eligible, chosen, constraints) with { Optimal = optimal };
    }

    /// <summary>Best first: score, then more reviews, then earlier submission, then id (total order).</summary>
    public static List<ProposalCandidate> Rank(IEnumerable<ProposalCandidate> candidates) =>
        [.. candidates
            .OrderByDescending(Units)
            .ThenByDescending(c => c.ReviewCount)
            .ThenBy(c => c.SubmittedAt)
            .ThenBy(c => c.Id)];

    public static long Units(ProposalCandidate candidate) => (long)Math.Round(candidate.AverageScore * ScoreUnits);

    /// <summary>The accepted candidates (null when no selection keeps every constraint), and whether they are proven best.</summary>
    public static (HashSet<Guid>? Chosen, bool Optimal) Choose(List<ProposalCandidate> ranked, ProposalConstraints constraints)
    {
        var size = constraints.GroupSize;
        var departmentCap = constraints.MaxPerDepartment ?? size;
        var organisationCap = constraints.MaxPerOrganisation;

        // Among people of the same sector, department and organisation only the best few can ever be
        // chosen: any other could be swapped for a better one without touching a constraint.
        var keep = Math.Min(size, Math.Min(departmentCap, organisationCap));
        var seen = new Dictionary<(Sector, string, string), int>();
        var pool = new List<ProposalCandidate>();
        foreach (var candidate in ranked)
        {
            var key = (candidate.Sector, candidate.Department, OrganisationKey(candidate.Organisation));
            var count = seen.GetValueOrDefault(key);
            if (count < keep)
            {
                seen[key] = count + 1;
                pool.Add(candidate);
            }
        }

        var departments = Indexed(pool.Select(c => c.Department));
        var organisations = Indexed(pool.Select(c => OrganisationKey(c.Organisation)));
        var n = pool.Count;

        // Score first; the rank bonus (< one score unit in total) only orders equal totals.
        var tieScale = ((long)n * size) + 1;
        var weight = pool.Select((c, i) => (Units(c) * tieScale) + (n - i)).ToArray();
        var solver = new BalancedSelectionSolver(
            weight,
            [.. pool.Select(c => c.Sector == Sector.SocialAction)],
            [.. pool.Select(c => departments[c.Department])],
            [.. pool.Select(c => organisations[OrganisationKey(c.Organisation)])],
            [.. Enumerable.Repeat(departmentCap, departments.Count)],
            [.. Enumerable.Repeat(organisationCap, organisations.Count)],
            size,
            constraints.MinimumFor(Sector.SocialAction),
            size - constraints.MinimumFor(Sector.LocalDevelopment));
        var chosen = solver.Solve();
        return (chosen is null ? null : [.. chosen.Select(i => pool[i].Id)], solver.ProvenOptimal);
    }

    private static Dictionary<string, int> Indexed(IEnumerable<string> keys)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            index.TryAdd(key, index.Count);
        }

        return index;
    }

    /// <summary>"CCAS de Thiers" and "ccas  de thiers" are one organisation.</summary>
    public static string OrganisationKey(string organisation) =>
        string.Join(' ', organisation.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
