using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using CapRural.Host.Access.PostgreSql;

namespace CapRural.Host.Access;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class AccessDesignTimeFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AccessDbContext>().UseSqlite("Data Source=access.db").Options);
}

/// <summary>The same for PostgreSQL's migrations: <c>dotnet ef migrations add … --context AccessPostgreSqlDbContext</c>.</summary>
internal sealed class AccessPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<AccessPostgreSqlDbContext>
{
    public AccessPostgreSqlDbContext CreateDbContext(string[] args) => new(
        PostgreSqlDesignTime.Options<AccessPostgreSqlDbContext>("access"));
}
