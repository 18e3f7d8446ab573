using System.Numerics;
using System.Runtime.InteropServices;

namespace CapRural.Territories;

/// <summary>
/// A run of unit vectors. The half-angle θ/2 between a and b is asin(|a − b| / 2),
/// ill-conditioned near the antipode; beyond 90° of arc the kernels switch to
/// π/2 − asin(|a + b| / 2), which is well conditioned there. The scalar and SIMD
/// forms perform the same operations, so they agree exactly.
/// </summary>
internal readonly ref struct ArcKernel(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> z)
{
    private const double FarHalfChord = 0.70710678118654757; // sin 45°
    private const double Diameter = 2.0 * GeoDistance.EarthRadiusKm;
    private const double HalfPi = Math.PI / 2;

    private readonly ReadOnlySpan<double> _x = x;
    private readonly ReadOnlySpan<double> _y = y;
    private readonly ReadOnlySpan<double> _z = z;

    public int Length => _x.Length;

    public double Kilometres(double x, double y, double z, int i)
    {
        var dx = _x[i] - x;
        var dy = _y[i] - y;
        var dz = _z[i] - z;
        var halfChord = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz)) * 0.5;
        if (halfChord <= FarHalfChord)
        {
            return Diameter * ArcSine.Scalar(halfChord);
        }

        var sx = _x[i] + x;
        var sy = _y[i] + y;
        var sz = _z[i] + z;
        var halfSum = Math.Sqrt((sx * sx) + (sy * sy) + (sz * sz)) * 0.5;
        return Diameter * (HalfPi - ArcSine.Scalar(Math.Min(halfSum, 1.0)));
    }

    public Vector<double> Kilometres(Vector<double> x, Vector<double> y, Vector<double> z, int i)
    {
        var offset = (nuint)i;
        var px = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(_x), offset);
        var py = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(_y), offset);
        var pz = Vector.LoadUnsafe(ref MemoryMarshal.GetReference(_z), offset);
        var dx = px - x;
        var dy = py - y;
        var dz = pz - z;
        var half = new Vector<double>(0.5);
        var one = Vector<double>.One;
        var halfChord = Vector.SquareRoot((dx * dx) + (dy * dy) + (dz * dz)) * half;
        var angle = ArcSine.Vector(Vector.Min(halfChord, one));
        var far = new Vector<double>(FarHalfChord);
        if (Vector.GreaterThanAny(halfChord, far))
        {
            // Rare for French data (only overseas pairs): worth a branch.
            var sx = px + x;
            var sy = py + y;
            var sz = pz + z;
            var halfSum = Vector.SquareRoot((sx * sx) + (sy * sy) + (sz * sz)) * half;
            var farAngle = new Vector<double>(HalfPi) - ArcSine.Vector(Vector.Min(halfSum, one));
            angle = Vector.ConditionalSelect(Vector.GreaterThan(halfChord, far), farAngle, angle);
        }

        return new Vector<double>(Diameter) * angle;
    }
}
