using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Platform;

/// <summary>The registration module alone on a SQLite file of its own, without a host: for tests of its migrations.</summary>
public sealed class RegistrationOnly : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "caprural-tests", Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(_folder, "registration.db");

    public ServiceProvider Services()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Directory"] = _folder }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        new RegistrationModule().AddServices(services, configuration);
        return services.BuildServiceProvider();
    }

    public static ModuleDbContext Registration(IServiceProvider scoped) =>
        scoped.GetServices<ModuleDatabase>().Single(d => d.Module == "registration").Open(scoped);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
