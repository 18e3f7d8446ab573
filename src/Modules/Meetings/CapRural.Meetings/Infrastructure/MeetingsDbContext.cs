using System.Text.Json;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Meetings.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CapRural.Meetings.Infrastructure;

/// <summary>The Meetings module's own database (<c>data/meetings.db</c>).</summary>
internal class MeetingsDbContext(DbContextOptions options)
    : ModuleDbContext(options)
{
    public DbSet<WorkingGroup> Groups => Set<WorkingGroup>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Venue> Venues => Set<Venue>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Rsvp> Rsvps => Set<Rsvp>();

    public DbSet<DatePoll> DatePolls => Set<DatePoll>();

    public DbSet<PollVote> PollVotes => Set<PollVote>();

    public DbSet<ErasedApplication> ErasedApplications => Set<ErasedApplication>();

    public DbSet<ProducedSheet> ProducedSheets => Set<ProducedSheet>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<WorkingGroup>(group =>
        {
            group.ToTable("groups");
            group.HasKey(g => g.Id);
            group.Property(g => g.Id).ValueGeneratedNever();
            group.Property(g => g.Name).HasMaxLength(300);
            StringList(group.Property(g => g.Themes));
        });
        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("members");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.Sector).HasConversion<string>().HasMaxLength(32);
            member.Ignore(m => m.FullName);
            member.Ignore(m => m.HasLeft);
            member.Property(m => m.Departure).HasConversion<string>().HasMaxLength(32);
            // Two departures at once (a removal and a decline crossing): the second write fails, so one MemberLeft is raised.
            member.Property(m => m.LeftAt).IsConcurrencyToken();
            member.HasOne<WorkingGroup>().WithMany().HasForeignKey(m => m.GroupId);
            // One membership per application: a redelivered confirmation cannot add the person twice.
            member.HasIndex(m => m.ApplicationId).IsUnique();
            member.HasIndex(m => m.TokenHash).IsUnique();
            member.HasIndex(m => m.FeedTokenHash).IsUnique();
            member.HasIndex(m => m.GroupId);
        });
        modelBuilder.Entity<Venue>(venue =>
        {
            venue.ToTable("venues");
            venue.HasKey(v => v.Id);
            venue.Property(v => v.Id).ValueGeneratedNever();
            venue.Property(v => v.Name).HasMaxLength(Venue.NameMax);
            venue.Property(v => v.Address).HasMaxLength(Venue.AddressMax);
            venue.Property(v => v.Accessibility).HasMaxLength(Venue.AccessibilityMax);
            venue.Ignore(v => v.IsRetired);
        });
        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("meetings");
            meeting.HasKey(m => m.Id);
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Title).HasMaxLength(Meeting.TitleMax);
            meeting.Property(m => m.Format).HasConversion<string>().HasMaxLength(16);
            meeting.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
            meeting.Property(m => m.OnlineUrl).HasMaxLength(Meeting.OnlineUrlMax);
            // Two coordinators changing the same meeting: the second write fails instead of overwriting.
            meeting.Property(m => m.Sequence).IsConcurrencyToken();
            meeting.Ignore(m => m.Plan);
            StringList(meeting.Property(m => m.Agenda));
            GuidList(meeting.Property(m => m.Present));
            meeting.HasOne<WorkingGroup>().WithMany().HasForeignKey(m => m.GroupId);
            meeting.HasOne<Venue>().WithMany().HasForeignKey(m => m.VenueId);
            meeting.HasIndex(m => new { m.GroupId, m.StartsAt });
        });
        modelBuilder.Entity<Rsvp>(rsvp =>
        {
            rsvp.ToTable("rsvps");
            rsvp.HasKey(r => new { r.MeetingId, r.MemberId });
            rsvp.Property(r => r.Response).HasConversion<string>().HasMaxLength(16);
            rsvp.HasOne<Meeting>().WithMany().HasForeignKey(r => r.MeetingId);
            rsvp.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ErasedApplication>(erased =>
        {
            erased.ToTable("erased_applications");
            erased.HasKey(e => e.ApplicationId);
        });
        modelBuilder.Entity<ProducedSheet>(sheet =>
        {
            sheet.ToTable("produced_sheets");
            sheet.HasKey(s => s.SheetId);
            sheet.Property(s => s.Title).HasMaxLength(ProducedSheet.TitleMax);
            // No foreign key to meetings: a sheet's event may name a meeting this module never had.
            sheet.HasIndex(s => s.SourceMeetingId);
        });
        ConfigurePolls(modelBuilder);
    }

    private static void ConfigurePolls(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DatePoll>(poll =>
        {
            poll.ToTable("date_polls");
            poll.HasKey(p => p.Id);
            poll.Property(p => p.Id).ValueGeneratedNever();
            poll.Property(p => p.Title).HasMaxLength(DatePoll.TitleMax);
            poll.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            poll.Property(p => p.Options).HasConversion(
                list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
                json => JsonSerializer.Deserialize<List<PollOption>>(json, (JsonSerializerOptions?)null) ?? new List<PollOption>(),
                new ValueComparer<List<PollOption>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                    list => list.ToList()));
            poll.HasOne<WorkingGroup>().WithMany().HasForeignKey(p => p.GroupId);
            poll.HasIndex(p => p.GroupId);
        });
        modelBuilder.Entity<PollVote>(vote =>
        {
            vote.ToTable("poll_votes");
            vote.HasKey(v => new { v.PollId, v.OptionId, v.MemberId });
            vote.Property(v => v.Availability).HasConversion<string>().HasMaxLength(16);
            vote.HasOne<DatePoll>().WithMany().HasForeignKey(v => v.PollId);
            vote.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void GuidList(PropertyBuilder<List<Guid>> property) => property.HasConversion(
        list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<List<Guid>>(json, (JsonSerializerOptions?)null) ?? new List<Guid>(),
        new ValueComparer<List<Guid>>(
            (a, b) => a!.SequenceEqual(b!),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
            list => list.ToList()));

    private static void StringList(PropertyBuilder<List<string>> property) => property.HasConversion(
        list => JsonSerializer.Serialize(list, (JsonSerializerOptions?)null),
        json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>(),
        new ValueComparer<List<string>>(
            (a, b) => a!.SequenceEqual(b!),
            list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
            list => list.ToList()));
}
