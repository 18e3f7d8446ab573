namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>A private folder for one test's database file and mail, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("caprural-bb-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
