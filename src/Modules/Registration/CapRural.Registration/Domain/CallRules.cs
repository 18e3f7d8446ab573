namespace CapRural.Registration.Domain;

/// <summary>Bounds of a call's fields, shared by the validators and the database schema.</summary>
internal static class CallRules
{
    public const int TitleMax = 200;
    public const int DescriptionMax = 20_000;
    public const int ThemeMax = 80;
    public const int MaxThemes = 30;
    public const int MaxGroupSize = 200;
}
