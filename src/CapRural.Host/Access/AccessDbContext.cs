using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Access;

/// <summary>The host's own small database: API keys (<c>data/access.db</c>).</summary>
internal sealed class AccessDbContext(DbContextOptions<AccessDbContext> options, ModuleDbServices services)
    : ModuleDbContext(options, services)
{
    public const string Name = "access";

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

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
    }
}
