using CapRural.Host;
using CapRural.Host.Access;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests;

/// <summary>What a host migrates at its start, without the rest of it: every module's database and its own.</summary>
internal static class HostDatabases
{
    public static ServiceProvider In(string dataDirectory, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Directory"] = dataDirectory })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAccess();
        foreach (var module in ModuleCatalog.All)
        {
            module.AddServices(services, configuration);
        }

        return services.BuildServiceProvider();
    }
}
