using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapRural.Selection.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SelectionDbContext>
{
    public SelectionDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SelectionDbContext>().UseSqlite("Data Source=selection.db").Options,
        new ModuleDbServices(TimeProvider.System, new OutboxSignal()));
}
