using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Selection.Domain.Proposal;

/// <summary>How the sectors and ranks read in French explanations.</summary>
internal static class SectorLabels
{
    public static string Of(Sector sector) => sector == Sector.SocialAction ? "action sociale" : "développement local";

    public static Sector Other(Sector sector) => sector == Sector.SocialAction ? Sector.LocalDevelopment : Sector.SocialAction;

    public static string Ordinal(int rank) => rank == 1 ? "1er" : $"{rank}e";

    public static string Score(double score) => score.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
}
