using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>A minimal module database: a notes table beside the outbox and inbox every module gets.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Note>(note =>
        {
            note.ToTable("notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.Title).HasMaxLength(200);
        });
    }
}
