using System.Numerics;
using System.Runtime.InteropServices;

namespace CapRural.Territories;

/// <summary>
/// Great-circle distances on a sphere of the WGS-84 mean radius. The scalar form
/// is the haversine formula; batch forms work on <see cref="UnitVectors"/>: the
/// chord between two unit vectors vectorises (subtract, multiply, sqrt) and the
/// arc is 2 asin(chord / 2), evaluated with a SIMD rational asin because .NET
/// does not vectorise Math.Asin.
/// </summary>
public static class GeoDistance
{
    public const double EarthRadiusKm = 6371.0088;

    // Candidates per block in SumOfDistances: coordinates and running sums of a
    // block (5 arrays × 8 bytes × 1024 = 40 KB) stay in L1/L2 across all points.
    private const int BlockSize = 1024;

    public static double Kilometres(GeoPoint a, GeoPoint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
    }

    /// <summary>Haversine distance between two positions given in decimal degrees.</summary>
    public static double Kilometres(double latitudeA, double longitudeA, double latitudeB, double longitudeB)
    {
        var phiA = double.DegreesToRadians(latitudeA);
        var phiB = double.DegreesToRadians(latitudeB);
        var sinHalfDeltaPhi = Math.Sin((phiB - phiA) * 0.5);
        var sinHalfDeltaLambda = Math.Sin(double.DegreesToRadians(longitudeB - longitudeA) * 0.5);
        var h = (sinHalfDeltaPhi * sinHalfDeltaPhi) + (Math.Cos(phiA) * Math.Cos(phiB) * sinHalfDeltaLambda * sinHalfDeltaLambda);
        return 2.0 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(h)));
    }

    /// <summary>Distances from one point to every point of <paramref name="to"/>, written to <paramref name="km"/>.</summary>
    public static void OneToMany(GeoPoint from, UnitVectors to, Span<double> km)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (km.Length < to.Count)
        {
            throw new ArgumentException($"Needs room for {to.Count} distances.", nameof(km));
        }

        var (x, y, z) = UnitVectors.ToUnitVector(from);
        Row(x, y, z, to, km[..to.Count]);
    }

    public static double[] OneToMany(GeoPoint from, UnitVectors to)
    {
        ArgumentNullException.ThrowIfNull(to);
        var km = new double[to.Count];
        OneToMany(from, to, km);
        return km;
    }

    /// <summary>
    /// All distances from each point of <paramref name="from"/> to each point of
    /// <paramref name="to"/>, row-major: km[i * to.Count + j] is from i to j.
    /// </summary>
    public static void Matrix(UnitVectors from, UnitVectors to, Span<double> km)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (km.Length < (long)from.Count * to.Count)
        {
            throw new ArgumentException($"Needs room for {from.Count} × {to.Count} distances.", nameof(km));
        }

        for (var i = 0; i < from.Count; i++)
        {
            Row(from.X[i], from.Y[i], from.Z[i], to, km.Slice(i * to.Count, to.Count));
        }
    }

    /// <inheritdoc cref="Matrix(UnitVectors, UnitVectors, Span{double})"/>
    public static double[] Matrix(UnitVectors from, UnitVectors to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var km = new double[checked(from.Count * to.Count)];
        Matrix(from, to, km);
        return km;
    }

    /// <summary>
    /// For each candidate: the sum over all points of weight × distance, and the
    /// largest distance from any point (weights do not affect it). With no point,
    /// both are 0. This is the many-to-many form without materialising the matrix.
    /// </summary>
    public static void SumOfDistances(
        UnitVectors points, ReadOnlySpan<double> weights, UnitVectors candidates, Span<double> totals, Span<double> maxima)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(candidates);
        if (weights.Length != points.Count)
        {
            throw new ArgumentException("Needs one weight per point.", nameof(weights));
        }

        if (totals.Length < candidates.Count || maxima.Length < candidates.Count)
        {
            throw new ArgumentException($"Needs room for {candidates.Count} results.", nameof(totals));
        }

        totals[..candidates.Count].Clear();
        maxima[..candidates.Count].Clear();
        for (var start = 0; start < candidates.Count; start += BlockSize)
        {
            var length = Math.Min(BlockSize, candidates.Count - start);
            var block = new ArcKernel(candidates.X.Slice(start, length), candidates.Y.Slice(start, length), candidates.Z.Slice(start, length));
            var blockTotals = totals.Slice(start, length);
            var blockMaxima = maxima.Slice(start, length);
            for (var p = 0; p < points.Count; p++)
            {
                Accumulate(points.X[p], points.Y[p], points.Z[p], weights[p], block, blockTotals, blockMaxima);
            }
        }
    }

    /// <inheritdoc cref="SumOfDistances(UnitVectors, ReadOnlySpan{double}, UnitVectors, Span{double}, Span{double})"/>
    public static DistanceSums SumOfDistances(UnitVectors points, ReadOnlySpan<double> weights, UnitVectors candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var sums = new DistanceSums(new double[candidates.Count], new double[candidates.Count]);
        SumOfDistances(points, weights, candidates, sums.Totals, sums.Maxima);
        return sums;
    }

    private static void Row(double x, double y, double z, UnitVectors to, Span<double> km)
    {
        var block = new ArcKernel(to.X, to.Y, to.Z);
        ref var kmRef = ref MemoryMarshal.GetReference(km);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vx = new Vector<double>(x);
            var vy = new Vector<double>(y);
            var vz = new Vector<double>(z);
            for (; i <= block.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                block.Kilometres(vx, vy, vz, i).StoreUnsafe(ref kmRef, (nuint)i);
            }
        }

        for (; i < block.Length; i++)
        {
            km[i] = block.Kilometres(x, y, z, i);
        }
    }

    private static void Accumulate(
        double x, double y, double z, double weight, ArcKernel block, Span<double> totals, Span<double> maxima)
    {
        ref var totalRef = ref MemoryMarshal.GetReference(totals);
        ref var maxRef = ref MemoryMarshal.GetReference(maxima);
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var vx = new Vector<double>(x);
            var vy = new Vector<double>(y);
            var vz = new Vector<double>(z);
            var vw = new Vector<double>(weight);
            for (; i <= block.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                var km = block.Kilometres(vx, vy, vz, i);
                var offset = (nuint)i;
                (Vector.LoadUnsafe(ref totalRef, offset) + (vw * km)).StoreUnsafe(ref totalRef, offset);
                Vector.Max(Vector.LoadUnsafe(ref maxRef, offset), km).StoreUnsafe(ref maxRef, offset);
            }
        }

        for (; i < block.Length; i++)
        {
            var km = block.Kilometres(x, y, z, i);
            totals[i] += weight * km;
            maxima[i] = Math.Max(maxima[i], km);
        }
    }
}
