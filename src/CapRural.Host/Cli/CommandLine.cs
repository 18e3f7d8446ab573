using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Host.Access;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Cli;

/// <summary>
/// Administration verbs run with the same configuration as the server:
/// <c>api-keys create|list|revoke</c>, <c>migrate</c>, <c>seed-demo</c>.
/// </summary>
internal static class CommandLine
{
    private const string Usage = """
        Usage:
          api-keys create --role coordinator|reviewer|partner --name "Nom"
          api-keys list
          api-keys revoke <id>
          migrate
          seed-demo
        """;

    private static readonly string[] Verbs = ["api-keys", "migrate", "seed-demo", "help", "--help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] is "help" or "--help")
        {
            Console.WriteLine(Usage);
            return 0;
        }

        await using var app = PlatformApp.Build(args[1..], commandLine: true, args[0] == "seed-demo" ? UseDemoClock : null);
        if (args[0] == "seed-demo" && await HoldsDataAsync(app.Services))
        {
            // The demo replays 2022 from the start: on top of existing data it would contradict it.
            Console.Error.WriteLine(DatabaseSettings.Provider(app.Configuration) == DatabaseProvider.Sqlite
                ? $"La démo s'installe dans un dossier de données vide ; « {DataDirectory(app.Services)} » contient déjà des bases. / The demo needs an empty data folder."
                : "La démo s'installe dans une base vide ; la base PostgreSQL a déjà des schémas. / The demo needs an empty database.");
            return 1;
        }

        await app.Services.MigrateModuleDatabasesAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (args)
        {
            case ["migrate", ..]:
                Console.WriteLine("Bases de données à jour.");
                return 0;
            case ["seed-demo", ..]:
                return await SeedDemoAsync(app.Services);
            case ["api-keys", "list", ..]:
                foreach (var key in await services.GetRequiredService<ApiKeyService>().ListAsync(CancellationToken.None))
                {
                    Console.WriteLine($"{key.Id}  {key.Role,-11}  {key.Prefix}…  {(key.RevokedAt is null ? "active" : "révoquée")}  {key.Name}");
                }

                return 0;
            case ["api-keys", "create", .. var options]:
                var role = Option(options, "--role");
                var name = Option(options, "--name");
                if (role is null || name is null || !Roles.All.Contains(role))
                {
                    Console.Error.WriteLine(Usage);
                    return 2;
                }

                var created = await services.GetRequiredService<ApiKeyService>().CreateAsync(name, role, CancellationToken.None);
                Console.WriteLine($"Clé créée pour « {created.Name} » ({created.Role}), id {created.Id}.");
                Console.WriteLine("Conservez-la : elle ne sera plus affichée.");
                Console.WriteLine(created.Key);
                return 0;
            case ["api-keys", "revoke", var id, ..] when Guid.TryParse(id, out var keyId):
                var revoked = await services.GetRequiredService<ApiKeyService>().RevokeAsync(keyId, CancellationToken.None);
                Console.WriteLine(revoked ? "Clé révoquée." : "Clé inconnue.");
                return revoked ? 0 : 1;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider root)
    {
        foreach (var seeder in root.GetServices<IDemoSeeder>())
        {
            await using var scope = root.CreateAsyncScope();
            await seeder.SeedAsync(scope.ServiceProvider, Console.Out, CancellationToken.None);
        }

        // Deliver what the demo raised (events between modules, e-mails to the pickup folder).
        var processor = root.GetRequiredService<CapRural.BuildingBlocks.Outbox.OutboxProcessor>();
        while (await processor.ProcessDueAsync(CancellationToken.None) > 0)
        {
        }

        Console.WriteLine("Démo prête.");
        return 0;
    }

    private static string DataDirectory(IServiceProvider services) =>
        Path.GetFullPath(ModuleDatabaseRegistration.DataDirectory(services.GetRequiredService<IConfiguration>()));

    private static async Task<bool> HoldsDataAsync(IServiceProvider services)
    {
        if (DatabaseSettings.Provider(services.GetRequiredService<IConfiguration>()) == DatabaseProvider.Sqlite)
        {
            return Directory.Exists(DataDirectory(services)) && Directory.EnumerateFiles(DataDirectory(services), "*.db").Any();
        }

        foreach (var database in services.GetServices<ModuleDatabase>())
        {
            await using var scope = services.CreateAsyncScope();
            if ((await database.Open(scope.ServiceProvider).Database.GetAppliedMigrationsAsync()).Any())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The demo replays January–April 2022; its steps set this clock.</summary>
    private static void UseDemoClock(IServiceCollection services)
    {
        var clock = new DemoClock(new DateTimeOffset(2022, 1, 14, 9, 0, 0, TimeSpan.FromHours(1)));
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
