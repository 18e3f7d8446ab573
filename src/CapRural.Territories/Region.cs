namespace CapRural.Territories;

public sealed record Region(string Code, string Name);
