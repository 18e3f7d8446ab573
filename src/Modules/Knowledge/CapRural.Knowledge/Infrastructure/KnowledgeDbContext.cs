using CapRural.BuildingBlocks.Persistence;
using CapRural.Knowledge.Domain;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Infrastructure;

/// <summary>The Knowledge module's own database (<c>data/knowledge.db</c>).</summary>
internal class KnowledgeDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public DbSet<MethodSheet> Sheets => Set<MethodSheet>();

    public DbSet<SheetRevision> Revisions => Set<SheetRevision>();

    public DbSet<PublicSheet> PublicSheets => Set<PublicSheet>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<MeetingNote> MeetingNotes => Set<MeetingNote>();

    public DbSet<MemberToken> MemberTokens => Set<MemberToken>();

    public DbSet<ExperienceReport> ExperienceReports => Set<ExperienceReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<MethodSheet>(sheet =>
        {
            sheet.ToTable("method_sheets");
            sheet.HasKey(s => s.Id);
            sheet.Ignore(s => s.Content);
            sheet.Ignore(s => s.IsOnline);
            sheet.Ignore(s => s.SlugIsFixed);
            sheet.Property(s => s.Slug).HasMaxLength(SheetRules.SlugMax + 8);
            sheet.Property(s => s.Title).HasMaxLength(SheetRules.TitleMax);
            sheet.Property(s => s.Summary).HasMaxLength(SheetRules.SummaryMax);
            sheet.Property(s => s.Body).HasMaxLength(SheetRules.BodyMax);
            sheet.Property(s => s.Licence).HasMaxLength(SheetRules.LicenceMax);
            sheet.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            sheet.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            sheet.Property(s => s.Version).IsConcurrencyToken();
            // Drafts and published sheets share one slug space, so a slug never has to change at publication.
            sheet.HasIndex(s => s.Slug).IsUnique();
            sheet.HasIndex(s => new { s.Status, s.EditedAt });
        });
        modelBuilder.Entity<SheetRevision>(revision =>
        {
            revision.ToTable("method_sheet_revisions");
            revision.HasKey(r => new { r.SheetId, r.Number });
            revision.Ignore(r => r.Content);
            revision.Property(r => r.Slug).HasMaxLength(SheetRules.SlugMax + 8);
            revision.Property(r => r.Title).HasMaxLength(SheetRules.TitleMax);
            revision.Property(r => r.Summary).HasMaxLength(SheetRules.SummaryMax);
            revision.Property(r => r.Body).HasMaxLength(SheetRules.BodyMax);
            revision.Property(r => r.Licence).HasMaxLength(SheetRules.LicenceMax);
            revision.HasOne<MethodSheet>().WithMany().HasForeignKey(r => r.SheetId);
        });
        modelBuilder.Entity<PublicSheet>(sheet =>
        {
            sheet.ToTable("public_method_sheets");
            sheet.HasKey(s => s.SheetId);
            sheet.Property(s => s.Slug).HasMaxLength(SheetRules.SlugMax + 8);
            sheet.Property(s => s.Title).HasMaxLength(SheetRules.TitleMax);
            sheet.Property(s => s.Summary).HasMaxLength(SheetRules.SummaryMax);
            sheet.Property(s => s.Licence).HasMaxLength(SheetRules.LicenceMax);
            sheet.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            sheet.HasOne<MethodSheet>().WithOne().HasForeignKey<PublicSheet>(s => s.SheetId);
            sheet.HasIndex(s => s.Slug).IsUnique();
            // The partner list and the sync both read in this order.
            sheet.HasIndex(s => new { s.Deleted, s.UpdatedAt, s.SheetId });
            sheet.HasIndex(s => new { s.UpdatedAt, s.SheetId });
        });
        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("members");
            member.HasKey(m => m.ApplicationId);
            member.Property(m => m.Name).HasMaxLength(MemberLimits.Text * 2);
            member.Property(m => m.Email).HasMaxLength(MemberLimits.Text);
            member.Property(m => m.Organisation).HasMaxLength(MemberLimits.Text);
            member.Property(m => m.Role).HasMaxLength(MemberLimits.Text);
            member.Property(m => m.Sector).HasConversion<string>().HasMaxLength(32);
            member.Property(m => m.DepartmentCode).HasMaxLength(3);
            member.Property(m => m.EpciName).HasMaxLength(MemberLimits.Text);
            // The directory reads consenting members in name order.
            member.HasIndex(m => new { m.ListedInDirectory, m.Name });
        });
        modelBuilder.Entity<MemberToken>(token =>
        {
            token.ToTable("member_tokens");
            token.HasKey(t => t.MemberId);
            token.Property(t => t.TokenHash).HasMaxLength(128);
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.ApplicationId);
        });
        modelBuilder.Entity<ExperienceReport>(report =>
        {
            report.ToTable("experience_reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.AuthorName).HasMaxLength(MemberLimits.Text * 2);
            report.Property(r => r.PublishedAuthor).HasMaxLength(SheetRules.AuthorMax);
            report.Property(r => r.Title).HasMaxLength(SheetRules.TitleMax);
            report.Property(r => r.Summary).HasMaxLength(SheetRules.SummaryMax);
            report.Property(r => r.Body).HasMaxLength(SheetRules.BodyMax);
            report.Property(r => r.RejectionReason).HasMaxLength(ExperienceReportRules.ReasonMax);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.Version).IsConcurrencyToken();
            report.HasIndex(r => new { r.Status, r.SubmittedAt });
            report.HasIndex(r => r.ApplicationId);
        });
        modelBuilder.Entity<MeetingNote>(note =>
        {
            note.ToTable("meeting_notes");
            note.HasKey(n => n.Id);
            note.Property(n => n.GroupName).HasMaxLength(MeetingNoteLimits.Text);
            note.Property(n => n.Title).HasMaxLength(MeetingNoteLimits.Text);
            note.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
            note.Property(n => n.Version).IsConcurrencyToken();
            // One compte rendu per meeting, whatever the number of corrected minutes.
            note.HasIndex(n => n.MeetingId).IsUnique();
            note.HasIndex(n => new { n.Status, n.StartsAtUtc });
        });
    }
}
