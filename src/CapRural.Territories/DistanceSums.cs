namespace CapRural.Territories;

/// <summary>Per candidate: weighted sum of distances from every point, and the largest single distance, in km.</summary>
public sealed record DistanceSums(double[] Totals, double[] Maxima);
