using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using CapRural.Meetings.Infrastructure.PostgreSql;

namespace CapRural.Meetings.Infrastructure;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without the host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MeetingsDbContext>
{
    public MeetingsDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<MeetingsDbContext>().UseSqlite("Data Source=meetings.db").Options);
}

/// <summary>The same for PostgreSQL's migrations: <c>dotnet ef migrations add … --context MeetingsPostgreSqlDbContext</c>.</summary>
internal sealed class MeetingsPostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<MeetingsPostgreSqlDbContext>
{
    public MeetingsPostgreSqlDbContext CreateDbContext(string[] args) => new(
        PostgreSqlDesignTime.Options<MeetingsPostgreSqlDbContext>("meetings"));
}
