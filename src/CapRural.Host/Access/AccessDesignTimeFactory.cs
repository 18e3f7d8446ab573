using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapRural.Host.Access;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class AccessDesignTimeFactory : IDesignTimeDbContextFactory<AccessDbContext>
{
    public AccessDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<AccessDbContext>().UseSqlite("Data Source=access.db").Options,
        new ModuleDbServices(TimeProvider.System, new OutboxSignal()));
}
