namespace CapRural.BuildingBlocks.Contracts;

/// <summary>The two professional cultures a working group brings together.</summary>
public enum Sector
{
    LocalDevelopment,
    SocialAction,
}
