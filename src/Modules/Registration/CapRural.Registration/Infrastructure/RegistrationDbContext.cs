using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration.Domain;
using CapRural.Registration.Features;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Infrastructure;

/// <summary>The Registration module's own database (<c>data/registration.db</c>).</summary>
internal class RegistrationDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public DbSet<Call> Calls => Set<Call>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<LostLinkRequest> LostLinkRequests => Set<LostLinkRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Call>(call =>
        {
            call.ToTable("calls");
            call.HasKey(c => c.Id);
            call.Ignore(c => c.Details);
            call.Property(c => c.Title).HasMaxLength(CallRules.TitleMax);
            call.Property(c => c.WorkingGroupName).HasMaxLength(CallRules.TitleMax);
            call.Property(c => c.Description).HasMaxLength(CallRules.DescriptionMax);
            call.Property(c => c.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
            call.HasIndex(c => new { c.Status, c.OpensAt });
        });
        modelBuilder.Entity<Application>(application =>
        {
            application.ToTable("applications");
            application.HasKey(a => a.Id);
            application.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.Sector).HasConversion<string>().HasMaxLength(32);
            application.Property(a => a.OrganisationType).HasConversion<string>().HasMaxLength(32);
            application.Property(a => a.PreferredFormat).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.RetentionReason).HasConversion<string>().HasMaxLength(16);
            application.Property(a => a.Version).IsConcurrencyToken();
            application.ComplexProperty(a => a.Place);
            application.HasOne<Call>().WithMany().HasForeignKey(a => a.CallId);
            // One current application per address per call: a withdrawn applicant may apply again, and
            // erased rows have no address. The filter is plain SQL that SQLite and PostgreSQL both read.
            // The address comes first so that the lost-link lookup (an address's current applications, in
            // every call) reads the same index: an address's key is random, and each index on it costs
            // every submission a write on a page of its own.
            application.HasIndex(a => new { a.EmailKey, a.CallId }).IsUnique().HasFilter("\"Status\" = 'Submitted'");
            application.HasIndex(a => new { a.RetentionReason, a.RetentionFrom });
            application.HasIndex(a => new { a.CallId, a.Status, a.SubmittedAt });
        });
        modelBuilder.Entity<AccessToken>(token =>
        {
            token.ToTable("access_tokens");
            token.HasKey(t => t.TokenHash);
            token.Property(t => t.TokenHash).HasMaxLength(64);
            token.HasOne<Application>().WithMany().HasForeignKey(t => t.ApplicationId);
            token.HasIndex(t => t.ApplicationId);
        });
        modelBuilder.Entity<LostLinkRequest>(request =>
        {
            request.ToTable("lost_link_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Email).HasMaxLength(ApplicationRules.EmailMax);
            request.HasIndex(r => r.RequestedAt);
        });
    }
}
