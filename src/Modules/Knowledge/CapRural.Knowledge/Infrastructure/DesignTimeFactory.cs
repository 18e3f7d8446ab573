using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using CapRural.Knowledge.Infrastructure.PostgreSql;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KnowledgeDbContext>
{
    public KnowledgeDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<KnowledgeDbContext>().UseSqlite("Data Source=knowledge.db").Options);
}

/// <summary>The same for PostgreSQL's migrations: <c>dotnet ef migrations add … --context KnowledgePostgreSqlDbContext</c>.</summary>
internal sealed class KnowledgePostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<KnowledgePostgreSqlDbContext>
{
    public KnowledgePostgreSqlDbContext CreateDbContext(string[] args) => new(
        PostgreSqlDesignTime.Options<KnowledgePostgreSqlDbContext>("knowledge"));
}
