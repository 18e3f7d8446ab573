using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Infrastructure.PostgreSql;

/// <summary>
/// The same model on PostgreSQL, in the schema <c>registration</c>: a type of its own only so that EF finds
/// PostgreSQL's migrations (next to this file) apart from SQLite's (ADR 0011).
/// </summary>
internal sealed class RegistrationPostgreSqlDbContext(DbContextOptions<RegistrationPostgreSqlDbContext> options)
    : RegistrationDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasDefaultSchema("registration");
    }
}
