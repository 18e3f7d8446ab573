namespace CapRural.Selection.Domain.Proposal;

/// <summary>
/// Exact maximum-weight selection of <c>size</c> items under department caps, organisation caps and
/// bounds on the number of social-action items.
/// <para>
/// Caps alone are a min-cost flow (<see cref="CappedBestSet"/>). The sector bound is a third,
/// crossing constraint, so it is relaxed with a Lagrange bonus λ on the sector short of seats:
/// for any λ ≥ 0, F(λ) − λ·L bounds the optimum from above. The breakpoint λ where the flow's answer
/// crosses the bound is found exactly (integer weights scaled by the slope's denominator). When the
/// answer there meets the bound with equality it is optimal; otherwise the duality gap is closed by
/// branching on an item the two answers disagree on, pruning with the bound. Every branch is
/// exhausted or pruned by a valid bound, so the result is the true optimum.
/// </para>
/// </summary>
internal sealed class BalancedSelectionSolver
{
    private readonly long[] _weight;
    private readonly bool[] _social;
    private readonly int[] _department;
    private readonly int[] _organisation;
    private readonly int[] _departmentCap;
    private readonly int[] _organisationCap;
    private readonly int _size;
    private readonly int _minSocial;
    private readonly int _maxSocial;
    private long _bestValue = long.MinValue;
    private int[]? _best;

    public BalancedSelectionSolver(
        long[] weight, bool[] social, int[] department, int[] organisation,
        int[] departmentCap, int[] organisationCap, int size, int minSocial, int maxSocial)
    {
        _weight = weight;
        _social = social;
        _department = department;
        _organisation = organisation;
        _departmentCap = departmentCap;
        _organisationCap = organisationCap;
        _size = size;
        _minSocial = minSocial;
        _maxSocial = maxSocial;
    }

    /// <summary>
    /// A request must never hang: past this many nodes the search stops with the best group found,
    /// which keeps every rule but is no longer proven best. Real pools close the gap in a few nodes.
    /// </summary>
    public const int NodeLimit = 20_000;

    public int Nodes { get; private set; }

    /// <summary>False when the node limit cut the search short.</summary>
    public bool ProvenOptimal { get; private set; } = true;

    /// <summary>The chosen item indices, or null when no selection meets every constraint.</summary>
    public int[]? Solve()
    {
        var state = new sbyte[_weight.Length];
        Explore(state);
        return _best;
    }

    private void Explore(sbyte[] state)
    {
        if (++Nodes > NodeLimit)
        {
            ProvenOptimal = false;
            return;
        }

        var departmentCap = (int[])_departmentCap.Clone();
        var organisationCap = (int[])_organisationCap.Clone();
        var free = new List<int>();
        var forced = new List<int>();
        long forcedWeight = 0;
        var forcedSocial = 0;
        for (var i = 0; i < state.Length; i++)
        {
            if (state[i] > 0)
            {
                forced.Add(i);
                forcedWeight += _weight[i];
                forcedSocial += _social[i] ? 1 : 0;
                departmentCap[_department[i]]--;
                organisationCap[_organisation[i]]--;
            }
            else if (state[i] == 0)
            {
                free.Add(i);
            }
        }

        var size = _size - forced.Count;
        var low = Math.Max(0, _minSocial - forcedSocial);
        var high = _maxSocial - forcedSocial;
        if (size < 0 || high < 0 || low > size || departmentCap.Any(c => c < 0) || organisationCap.Any(c => c < 0))
        {
            return;
        }

        var unbiased = Best(free, departmentCap, organisationCap, size, bonusOnSocial: true, 0, 1);
        if (unbiased is null)
        {
            return;
        }

        var socialCount = unbiased.Count(i => _social[i]);
        if (socialCount >= low && socialCount <= high)
        {
            Offer(forced, unbiased, forcedWeight);
            return;
        }

        // The sector short of seats gets the bonus; "at least L of that sector" is the relaxed bound.
        var towardsSocial = socialCount < low;
        var needed = towardsSocial ? low : size - high;
        int Count(int[] set) => set.Count(i => _social[i] == towardsSocial);

        var below = unbiased;
        var big = (_weight.Max() * _size) + 1;
        var above = Best(free, departmentCap, organisationCap, size, towardsSocial, big, 1);
        if (above is null || Count(above) < needed)
        {
            return;
        }

        long num = 0, den = 1;
        for (var guard = 0; guard < 64; guard++)
        {
            long belowWeight = Weight(below), aboveWeight = Weight(above);
            int belowCount = Count(below), aboveCount = Count(above);
            num = belowWeight - aboveWeight;
            den = aboveCount - belowCount;
            var probe = Best(free, departmentCap, organisationCap, size, towardsSocial, num, den)!;
            var probeValue = (Weight(probe) * den) + (num * Count(probe));
            if (probeValue <= (belowWeight * den) + (num * belowCount))
            {
                break;
            }

            if (Count(probe) < needed)
            {
                below = probe;
            }
            else
            {
                above = probe;
            }
        }

        // F(λ*) − λ*·L with λ* = num/den, rounded down: selections have integer weights.
        var bound = FloorDivide((Weight(below) * den) + (num * (Count(below) - needed)), den);
        if (forcedWeight + bound <= _bestValue)
        {
            return;
        }

        var aboveSocial = above.Count(i => _social[i]);
        if (aboveSocial >= low && aboveSocial <= high)
        {
            Offer(forced, above, forcedWeight);
            if (Weight(above) >= bound)
            {
                return;
            }
        }

        // Close the gap: the two answers disagree on some item; decide it both ways, best-ranked first.
        var inAbove = new HashSet<int>(above);
        var inBelow = new HashSet<int>(below);
        var pivot = free.Where(i => inAbove.Contains(i) != inBelow.Contains(i)).Min();
        var withPivot = (sbyte[])state.Clone();
        withPivot[pivot] = 1;
        var withoutPivot = (sbyte[])state.Clone();
        withoutPivot[pivot] = -1;
        if (inAbove.Contains(pivot))
        {
            Explore(withPivot);
            Explore(withoutPivot);
        }
        else
        {
            Explore(withoutPivot);
            Explore(withPivot);
        }
    }

    private int[]? Best(List<int> free, int[] departmentCap, int[] organisationCap, int size, bool bonusOnSocial, long bonus, long scale)
    {
        var adjusted = new long[_weight.Length];
        foreach (var i in free)
        {
            adjusted[i] = (_weight[i] * scale) + (_social[i] == bonusOnSocial ? bonus : 0);
        }

        return CappedBestSet.Solve(free, adjusted, _department, _organisation, departmentCap, organisationCap, size);
    }

    private static long FloorDivide(long value, long divisor) =>
        (value / divisor) - ((value % divisor != 0) && ((value < 0) != (divisor < 0)) ? 1 : 0);

    private long Weight(int[] set) => set.Sum(i => _weight[i]);

    private void Offer(List<int> forced, int[] chosen, long forcedWeight)
    {
        var value = forcedWeight + Weight(chosen);
        if (value > _bestValue)
        {
            _bestValue = value;
            _best = [.. forced, .. chosen];
        }
    }
}
