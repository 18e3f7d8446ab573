using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<KnowledgeDbContext>
{
    public KnowledgeDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<KnowledgeDbContext>().UseSqlite("Data Source=knowledge.db").Options,
        new ModuleDbServices(TimeProvider.System, new OutboxSignal()));
}
