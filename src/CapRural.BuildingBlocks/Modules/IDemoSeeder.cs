namespace CapRural.BuildingBlocks.Modules;

/// <summary>A module's part of the <c>seed-demo</c> command; seeders run in module order.</summary>
public interface IDemoSeeder
{
    Task SeedAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken);
}
