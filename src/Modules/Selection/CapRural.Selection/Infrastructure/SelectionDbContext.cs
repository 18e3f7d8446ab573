using System.Text.Json;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Selection.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CapRural.Selection.Infrastructure;

/// <summary>The Selection module's own database (<c>data/selection.db</c>).</summary>
internal class SelectionDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    // Not private: the compiled model (Infrastructure/CompiledModels) reads it from generated code,
    // which reaches no non-public static field.
    public static readonly JsonSerializerOptions CriteriaJson = new(JsonSerializerDefaults.Web);

    public DbSet<SelectionCall> Calls => Set<SelectionCall>();

    public DbSet<Candidate> Candidates => Set<Candidate>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ReviewerAssignment> ReviewerAssignments => Set<ReviewerAssignment>();

    public DbSet<SelectionRecord> Records => Set<SelectionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SelectionCall>(call =>
        {
            call.ToTable("calls");
            call.HasKey(c => c.Id);
            call.Property(c => c.Id).ValueGeneratedNever();
            call.Property(c => c.Title).HasMaxLength(300);
            call.Property(c => c.WorkingGroupName).HasMaxLength(300);
            call.Property(c => c.Criteria).HasConversion(
                criteria => JsonSerializer.Serialize(criteria, CriteriaJson),
                json => JsonSerializer.Deserialize<List<ReviewCriterion>>(json, CriteriaJson) ?? new List<ReviewCriterion>(),
                new ValueComparer<List<ReviewCriterion>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, criterion) => HashCode.Combine(hash, criterion)),
                    list => list.ToList()));
            call.Ignore(c => c.CriterionKeys);
            call.Ignore(c => c.Places);
            call.Property(c => c.ConfirmationDays).HasDefaultValue(SelectionCall.DefaultConfirmationDays);
            // Two publications or two offers at once: the second write fails instead of repeating.
            call.Property(c => c.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Candidate>(candidate =>
        {
            candidate.ToTable("candidates");
            candidate.HasKey(c => c.Id);
            candidate.Property(c => c.Id).ValueGeneratedNever();
            candidate.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            candidate.Property(c => c.Sector).HasConversion<string>().HasMaxLength(32);
            candidate.Property(c => c.OrganisationType).HasConversion<string>().HasMaxLength(32);
            candidate.Property(c => c.Decision).HasConversion<string>().HasMaxLength(16);
            candidate.Property(c => c.PublishedDecision).HasConversion<string>().HasMaxLength(16);
            candidate.Property(c => c.Response).HasConversion<string>().HasMaxLength(16);
            // Two coordinators deciding at once: the second write fails instead of overwriting.
            candidate.Property(c => c.Version).IsConcurrencyToken();
            candidate.HasIndex(c => c.ApplicationId).IsUnique();
            candidate.HasIndex(c => new { c.CallId, c.Status });
            candidate.HasIndex(c => c.ConfirmationTokenHash).IsUnique();
        });
        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("reviews");
            review.HasKey(r => r.Id);
            review.Property(r => r.Id).ValueGeneratedNever();
            review.Property(r => r.Comment).HasMaxLength(Review.CommentMax);
            review.Property(r => r.Scores).HasConversion(
                scores => JsonSerializer.Serialize(scores, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<Dictionary<string, int>>(json, (JsonSerializerOptions?)null) ?? new Dictionary<string, int>(),
                new ValueComparer<Dictionary<string, int>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
                    d => new Dictionary<string, int>(d)));
            review.Ignore(r => r.Average);
            review.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId);
            // One review per reviewer per candidate, even when two requests race.
            review.HasIndex(r => new { r.CandidateId, r.ReviewerKeyId }).IsUnique();
            review.HasIndex(r => r.CallId);
        });
        modelBuilder.Entity<SelectionRecord>(record =>
        {
            record.ToTable("selection_records");
            record.HasKey(r => r.Id);
            record.Property(r => r.Id).ValueGeneratedNever();
            record.Property(r => r.SolverVersion).HasMaxLength(80);
            record.Property(r => r.SnapshotHash).HasMaxLength(64);
            record.HasIndex(r => new { r.CallId, r.AppliedAt });
        });
        modelBuilder.Entity<ReviewerAssignment>(assignment =>
        {
            assignment.ToTable("reviewer_assignments");
            assignment.HasKey(a => new { a.CallId, a.ApiKeyId });
        });
    }
}
