namespace CapRural.Selection.Domain.Proposal;

/// <summary>
/// The heaviest set of exactly <c>size</c> items such that no department and no organisation exceeds its
/// cap. Two partition constraints are a bipartite transportation problem, so a min-cost flow solves it
/// exactly: source → department (cap) → item (1, cost −weight) → organisation (cap) → sink.
/// Successive shortest paths with Dijkstra on reduced costs; <c>size</c> augmentations.
/// </summary>
internal sealed class CappedBestSet
{
    private readonly int _nodes;
    private readonly int _source;
    private readonly int _sink;
    private readonly List<int> _to = [];
    private readonly List<int> _cap = [];
    private readonly List<long> _cost = [];
    private readonly List<int> _next = [];
    private readonly int[] _head;
    private readonly int[] _itemEdge;

    private CappedBestSet(int departments, int organisations, int items)
    {
        _nodes = departments + organisations + 2;
        _source = _nodes - 2;
        _sink = _nodes - 1;
        _head = new int[_nodes];
        Array.Fill(_head, -1);
        _itemEdge = new int[items];
    }

    /// <summary>Indices of the chosen items, or null when the caps leave fewer than <paramref name="size"/> places.</summary>
    public static int[]? Solve(
        IReadOnlyList<int> items, long[] weight, int[] department, int[] organisation,
        int[] departmentCap, int[] organisationCap, int size)
    {
        if (size == 0)
        {
            return [];
        }

        var flow = new CappedBestSet(departmentCap.Length, organisationCap.Length, items.Count);
        var d = departmentCap.Length;
        for (var i = 0; i < departmentCap.Length; i++)
        {
            flow.AddEdge(flow._source, i, departmentCap[i], 0);
        }

        for (var k = 0; k < items.Count; k++)
        {
            var item = items[k];
            flow._itemEdge[k] = flow.AddEdge(department[item], d + organisation[item], 1, -weight[item]);
        }

        for (var o = 0; o < organisationCap.Length; o++)
        {
            flow.AddEdge(d + o, flow._sink, organisationCap[o], 0);
        }

        if (!flow.Run(size, d))
        {
            return null;
        }

        var chosen = new List<int>(size);
        for (var k = 0; k < items.Count; k++)
        {
            if (flow._cap[flow._itemEdge[k]] == 0)
            {
                chosen.Add(items[k]);
            }
        }

        return [.. chosen];
    }

    private int AddEdge(int from, int to, int capacity, long cost)
    {
        var index = _to.Count;
        _to.Add(to);
        _cap.Add(capacity);
        _cost.Add(cost);
        _next.Add(_head[from]);
        _head[from] = index;
        _to.Add(from);
        _cap.Add(0);
        _cost.Add(-cost);
        _next.Add(_head[to]);
        _head[to] = index + 1;
        return index;
    }

    private bool Run(int size, int departments)
    {
        // The graph is layered (source, departments, organisations, sink), so exact initial
        // potentials come from one pass; Dijkstra then sees no negative reduced cost.
        var potential = new long[_nodes];
        const long Unreached = long.MaxValue / 4;
        for (var o = departments; o < _source; o++)
        {
            potential[o] = Unreached;
        }

        for (var v = 0; v < departments; v++)
        {
            for (var e = _head[v]; e >= 0; e = _next[e])
            {
                if (_cap[e] > 0 && _to[e] >= departments && _to[e] < _source)
                {
                    potential[_to[e]] = Math.Min(potential[_to[e]], _cost[e]);
                }
            }
        }

        potential[_sink] = Unreached;
        for (var o = departments; o < _source; o++)
        {
            potential[_sink] = Math.Min(potential[_sink], potential[o]);
        }

        var distance = new long[_nodes];
        var parentEdge = new int[_nodes];
        var queue = new PriorityQueue<int, long>();
        for (var sent = 0; sent < size; sent++)
        {
            Array.Fill(distance, long.MaxValue);
            distance[_source] = 0;
            queue.Enqueue(_source, 0);
            while (queue.TryDequeue(out var node, out var reached))
            {
                if (reached > distance[node])
                {
                    continue;
                }

                for (var e = _head[node]; e >= 0; e = _next[e])
                {
                    if (_cap[e] == 0 || potential[_to[e]] >= Unreached)
                    {
                        continue;
                    }

                    var candidate = reached + _cost[e] + potential[node] - potential[_to[e]];
                    if (candidate < distance[_to[e]])
                    {
                        distance[_to[e]] = candidate;
                        parentEdge[_to[e]] = e;
                        queue.Enqueue(_to[e], candidate);
                    }
                }
            }

            if (distance[_sink] == long.MaxValue)
            {
                return false;
            }

            for (var v = 0; v < _nodes; v++)
            {
                if (distance[v] != long.MaxValue)
                {
                    potential[v] += distance[v];
                }
            }

            for (var v = _sink; v != _source; v = _to[parentEdge[v] ^ 1])
            {
                _cap[parentEdge[v]]--;
                _cap[parentEdge[v] ^ 1]++;
            }
        }

        return true;
    }
}
