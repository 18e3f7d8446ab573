using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Selection;
using CapRural.Meetings.Features.SendMeetingReminders;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Meetings;

/// <summary>A week before a planned meeting each member is reminded, once; never of a cancelled meeting.</summary>
public sealed class ReminderTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static async Task SendRemindersAsync(PlatformFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SendMeetingReminders());
        await host.DeliverOutboxAsync();
    }

    private static List<MimeKit.MimeMessage> Reminders(PlatformFactory host, GroupSetup group, string who) =>
        [.. MeetingsApi.MailsTo(host, group.Email(who)).Where(m => m.Subject!.StartsWith("Rappel :", StringComparison.Ordinal))];

    private Task SendRemindersAsync() => SendRemindersAsync(factory);

    private List<MimeKit.MimeMessage> Reminders(GroupSetup group, string who) => Reminders(factory, group, who);

    [Fact]
    public async Task How_many_days_ahead_members_are_reminded_is_a_setting()
    {
        using var threeDays = new PlatformFactory().With("Meetings:ReminderDays", "3");
        var group = await MeetingsApi.GroupAsync(threeDays, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-03-06T10:00", "2026-03-06T12:00", "Dans quatre jours"));
        await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-03-04T10:00", "2026-03-04T12:00", "Dans deux jours"));

        await SendRemindersAsync(threeDays);

        var reminder = Assert.Single(Reminders(threeDays, group, "Alix"));
        Assert.Contains("Dans deux jours", reminder.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_are_reminded_once_a_week_before_and_never_of_a_cancelled_meeting()
    {
        // The clock reads 2 March 2026, 10:00 in Paris.
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers"), new("Dorian", "localDevelopment", "69123", "Métropole de Lyon")]);
        await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-03-06T10:00", "2026-03-06T12:00", "Réunion de mars"));
        var cancelled = await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-03-05T10:00", "2026-03-05T12:00", "Réunion annulée"));
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PatchAsJsonAsync($"/api/meetings/{cancelled["meetingId"]}", new { status = "cancelled" })).StatusCode);
        await MeetingsApi.PlanAsync(group.Coordinator, group.GroupId,
            MeetingsApi.Meeting("remote", null, "https://visio.test/g", "2026-03-20T10:00", "2026-03-20T12:00", "Réunion de fin mars"));

        await SendRemindersAsync();
        await SendRemindersAsync();

        foreach (var who in new[] { "Alix", "Dorian" })
        {
            var reminder = Assert.Single(Reminders(group, who));
            Assert.Contains("Réunion de mars", reminder.Subject, StringComparison.Ordinal);
            Assert.Contains("vendredi 6 mars 2026 à 10h00", reminder.Subject, StringComparison.Ordinal);
            Assert.Contains("https://visio.test/g", reminder.TextBody, StringComparison.Ordinal);
        }

        // Eleven days later the end-of-March meeting is a week away; a member who left is not reminded.
        var members = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        var dorian = Assert.Single(members, m => m!["firstName"]!.GetValue<string>() == "Dorian")!["memberId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.NoContent, (await group.Coordinator.PostAsync($"/api/groups/{group.GroupId}/members/{dorian}/leave", null)).StatusCode);
        factory.Clock.Advance(TimeSpan.FromDays(11));
        await SendRemindersAsync();
        await SendRemindersAsync();

        Assert.Equal(2, Reminders(group, "Alix").Count);
        Assert.Contains(Reminders(group, "Alix"), m => m.Subject!.Contains("Réunion de fin mars", StringComparison.Ordinal));
        Assert.Single(Reminders(group, "Dorian"));
    }
}
