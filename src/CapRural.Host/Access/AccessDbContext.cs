using CapRural.BuildingBlocks.Persistence;
using CapRural.Host.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Access;

/// <summary>The host's own small database (<c>data/access.db</c>): API keys, and the periodic jobs' turns.</summary>
internal class AccessDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public const string Name = "access";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("api_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(200);
            key.Property(k => k.Role).HasMaxLength(32);
            key.Property(k => k.KeyHash).HasMaxLength(64);
            key.Property(k => k.Prefix).HasMaxLength(16);
            key.HasIndex(k => k.KeyHash).IsUnique();
        });
        modelBuilder.Entity<JobRun>(run =>
        {
            run.ToTable("job_runs");
            run.HasKey(r => r.Name);
            run.Property(r => r.Name).HasMaxLength(100);
            run.Property(r => r.LastRunBy).HasMaxLength(200);
        });
    }
}
