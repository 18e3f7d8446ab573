using System.Numerics;

namespace CapRural.Territories;

/// <summary>
/// asin on [0, 1] as a rational approximation (the fdlibm/FreeBSD e_asin.c
/// coefficients), in a scalar and a SIMD form that perform the same operations
/// in the same order, so both give identical results. .NET has no vectorised
/// asin; this one is accurate to a few units in the last place. Up to
/// <see cref="SeriesLimit"/> (trips under ~1,590 km: all of metropolitan France)
/// the Taylor series replaces the rational form: no division, which shares the
/// divider with the square root of the chord and was half of a distance's cost.
/// </summary>
internal static class ArcSine
{
    private const double HalfPi = Math.PI / 2;
    private const double P0 = 1.66666666666666657415e-01;
    private const double P1 = -3.25565818622400915405e-01;
    private const double P2 = 2.01212532134862925881e-01;
    private const double P3 = -4.00555345006794114027e-02;
    private const double P4 = 7.91534994289814532176e-04;
    private const double P5 = 3.47933107596021167570e-05;
    private const double Q1 = -2.40339491173441421878e+00;
    private const double Q2 = 2.02094576023350569471e+00;
    private const double Q3 = -6.88283971605453293030e-01;
    private const double Q4 = 7.70381505559019352791e-02;

    // asin(s) = s (1 + Σ c_n t^n), t = s², c_n = (2n)! / (4^n (n!)² (2n + 1)). For s ≤ 1/8 the
    // first term left out, c_9 t^9, is below 6e-19 of the result: far under half a unit in the last place.
    private const double SeriesLimit = 0.125;
    private const double C1 = 1.0 / 6;
    private const double C2 = 3.0 / 40;
    private const double C3 = 5.0 / 112;
    private const double C4 = 35.0 / 1152;
    private const double C5 = 63.0 / 2816;
    private const double C6 = 231.0 / 13312;
    private const double C7 = 143.0 / 10240;
    private const double C8 = 6435.0 / 557056;

    /// <summary>asin(s) for s in [0, 1].</summary>
    public static double Scalar(double s)
    {
        if (s <= SeriesLimit)
        {
            return Series(s);
        }

        // Above 1/2, asin(s) = pi/2 - 2 asin(sqrt((1 - s) / 2)) keeps the argument small.
        var large = s > 0.5;
        var t = large ? (1.0 - s) * 0.5 : s * s;
        var u = large ? Math.Sqrt(t) : s;
        var p = t * (P0 + (t * (P1 + (t * (P2 + (t * (P3 + (t * (P4 + (t * P5))))))))));
        var q = 1.0 + (t * (Q1 + (t * (Q2 + (t * (Q3 + (t * Q4)))))));
        var v = u + (u * (p / q));
        return large ? HalfPi - (2.0 * v) : v;
    }

    /// <summary>asin(s) lane by lane for s in [0, 1].</summary>
    public static Vector<double> Vector(Vector<double> s)
    {
        var limit = new Vector<double>(SeriesLimit);
        if (System.Numerics.Vector.LessThanOrEqualAll(s, limit))
        {
            return Series(s);
        }

        var rational = Rational(s);
        var small = System.Numerics.Vector.LessThanOrEqual(s, limit);
        return small == Vector<long>.Zero ? rational : System.Numerics.Vector.ConditionalSelect(small, Series(s), rational);
    }

    private static double Series(double s)
    {
        var t = s * s;
        return s + (s * (t * (C1 + (t * (C2 + (t * (C3 + (t * (C4 + (t * (C5 + (t * (C6 + (t * (C7 + (t * C8))))))))))))))));
    }

    private static Vector<double> Series(Vector<double> s)
    {
        var t = s * s;
        return s + (s * (t * (new Vector<double>(C1) + (t * (new Vector<double>(C2) + (t * (new Vector<double>(C3)
            + (t * (new Vector<double>(C4) + (t * (new Vector<double>(C5) + (t * (new Vector<double>(C6)
            + (t * (new Vector<double>(C7) + (t * new Vector<double>(C8)))))))))))))))));
    }

    private static Vector<double> Rational(Vector<double> s)
    {
        var half = new Vector<double>(0.5);
        var large = System.Numerics.Vector.GreaterThan(s, half);
        if (large == Vector<long>.Zero)
        {
            // Common case for distances under ~6,700 km: no lane needs the square root.
            return Approximate(s * s, s);
        }

        var t = System.Numerics.Vector.ConditionalSelect(large, (Vector<double>.One - s) * half, s * s);
        var u = System.Numerics.Vector.ConditionalSelect(large, System.Numerics.Vector.SquareRoot(t), s);
        var v = Approximate(t, u);
        return System.Numerics.Vector.ConditionalSelect(large, new Vector<double>(HalfPi) - (new Vector<double>(2.0) * v), v);
    }

    /// <summary>u + u·R(t), R the rational approximation of (asin(x) − x) / x in t = x².</summary>
    private static Vector<double> Approximate(Vector<double> t, Vector<double> u)
    {
        var p = t * (new Vector<double>(P0) + (t * (new Vector<double>(P1) + (t * (new Vector<double>(P2)
            + (t * (new Vector<double>(P3) + (t * (new Vector<double>(P4) + (t * new Vector<double>(P5)))))))))));
        var q = Vector<double>.One + (t * (new Vector<double>(Q1) + (t * (new Vector<double>(Q2)
            + (t * (new Vector<double>(Q3) + (t * new Vector<double>(Q4))))))));
        return u + (u * (p / q));
    }
}
