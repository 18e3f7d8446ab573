namespace CapRural.Architecture.Tests.Description;

/// <summary>
/// A SQLite migration of a context: the script its assembly ships (null when there is none) and the
/// one EF Core generates for it today.
/// </summary>
public sealed record MigrationScriptInfo(string Context, string Migration, string? Shipped, string Generated);
