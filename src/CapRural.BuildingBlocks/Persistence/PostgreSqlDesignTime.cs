using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>Options for generating a module's PostgreSQL migrations; no server is contacted.</summary>
public static class PostgreSqlDesignTime
{
    public static DbContextOptions<TContext> Options<TContext>(string module)
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=caprural", npgsql => npgsql.MigrationsHistoryTable(ModuleDatabaseRegistration.HistoryTable, module))
            .Options;
}
