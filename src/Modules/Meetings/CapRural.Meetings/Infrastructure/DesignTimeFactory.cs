using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CapRural.Meetings.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MeetingsDbContext>
{
    public MeetingsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<MeetingsDbContext>().UseSqlite("Data Source=meetings.db").Options,
        new ModuleDbServices(TimeProvider.System, new OutboxSignal()));
}
