using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Access.PostgreSql;

/// <summary>
/// The same model on PostgreSQL, in the schema <c>access</c>: a type of its own only so that EF finds
/// PostgreSQL's migrations (next to this file) apart from SQLite's (ADR 0011).
/// </summary>
internal sealed class AccessPostgreSqlDbContext(DbContextOptions<AccessPostgreSqlDbContext> options)
    : AccessDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasDefaultSchema("access");
    }
}
