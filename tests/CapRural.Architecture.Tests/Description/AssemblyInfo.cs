namespace CapRural.Architecture.Tests.Description;

/// <summary>One of our assemblies as the rules see it: its name, what it references, whether it is a module.</summary>
public sealed record AssemblyInfo(string Name, IReadOnlyList<string> References, bool DeclaresModule = false);
