using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using CapRural.Selection.Infrastructure.PostgreSql;

namespace CapRural.Selection.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SelectionDbContext>
{
    public SelectionDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SelectionDbContext>().UseSqlite("Data Source=selection.db").Options);
}

/// <summary>The same for PostgreSQL's migrations: <c>dotnet ef migrations add … --context SelectionPostgreSqlDbContext</c>.</summary>
internal sealed class SelectionPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<SelectionPostgreSqlDbContext>
{
    public SelectionPostgreSqlDbContext CreateDbContext(string[] args) => new(
        PostgreSqlDesignTime.Options<SelectionPostgreSqlDbContext>("selection"));
}
