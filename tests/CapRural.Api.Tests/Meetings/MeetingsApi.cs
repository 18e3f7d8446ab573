using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using MimeKit;

namespace CapRural.Api.Tests.Meetings;

/// <summary>A working group whose members confirmed their place, with each member's private token.</summary>
public sealed record GroupSetup(Guid GroupId, HttpClient Coordinator, IReadOnlyDictionary<string, string> Tokens, IReadOnlyDictionary<string, Guid> Applications)
{
    public string Email(string firstName) => MeetingsApi.MemberEmail(GroupId, firstName);
}

/// <summary>Steps the Meetings tests repeat: a group formed through Selection, venues, meetings, mails.</summary>
public static partial class MeetingsApi
{
    /// <summary>Applications → acceptance → publication → confirmation, then the welcome mails' tokens.</summary>
    public static async Task<GroupSetup> GroupAsync(PlatformFactory factory, IReadOnlyList<Applicant> applicants)
    {
        var setup = await SelectionApi.SetUpAsync(factory, applicants);
        foreach (var who in setup.Candidates.Keys)
        {
            var etag = await SelectionApi.ETagAsync(setup.Coordinator, setup, who);
            Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(setup.Coordinator, setup, who, "accepted", etag)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await setup.Coordinator.PostAsync($"/api/calls/{setup.CallId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        var anonymous = factory.CreateClient();
        foreach (var who in setup.Candidates.Keys)
        {
            var confirmed = await anonymous.PostAsJsonAsync(
                $"/api/selection/confirmations/{ConfirmationToken(factory, MemberEmail(setup.CallId, who))}", new { response = "confirm" });
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        await factory.DeliverOutboxAsync();
        var group = new GroupSetup(setup.CallId, setup.Coordinator, new Dictionary<string, string>(), setup.Applications);
        var tokens = setup.Candidates.Keys.ToDictionary(who => who, who =>
        {
            var welcome = Assert.Single(MailsTo(factory, group.Email(who)), m => m.Subject!.StartsWith("Bienvenue dans le groupe de travail", StringComparison.Ordinal));
            return MemberToken().Match(welcome.TextBody!).Value;
        });
        return group with { Tokens = tokens };
    }

    /// <summary>The address the Selection helpers apply with: unique per call, so several groups can share a host.</summary>
    public static string MemberEmail(Guid callId, string firstName) => $"{firstName.ToLowerInvariant()}.{callId:N}@example.org";

    public static IEnumerable<MimeMessage> MailsTo(PlatformFactory factory, string email) =>
        factory.Mails().Where(m => m.To.Mailboxes.Any(b => b.Address == email));

    public static HttpClient Member(PlatformFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(Credentials.MemberTokenHeader, token);
        return client;
    }

    public static async Task<Guid> VenueAsync(HttpClient coordinator, string name, string communeCode)
    {
        var created = await coordinator.PostAsJsonAsync("/api/venues", new
        {
            name,
            address = "1 place de la Mairie",
            communeCode,
            capacity = 40,
            accessibility = "Salle de plain-pied.",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.JsonAsync())["venueId"]!.GetValue<Guid>();
    }

    public static async Task<Guid> MemberIdAsync(GroupSetup group, string firstName)
    {
        var members = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        return Assert.Single(members, m => m!["firstName"]!.GetValue<string>() == firstName)!["memberId"]!.GetValue<Guid>();
    }

    public static async Task AnswerAsync(PlatformFactory factory, GroupSetup group, string who, Guid meetingId, string response) =>
        Assert.Equal(HttpStatusCode.OK, (await Member(factory, group.Tokens[who]).PostAsJsonAsync($"/api/meetings/{meetingId}/rsvp", new { response })).StatusCode);

    public static JsonObject Meeting(string format, Guid? venueId, string? onlineUrl,
        string startsAt = "2022-04-07T09:30", string endsAt = "2022-04-07T16:30", string title = "Première réunion du groupe") => new()
    {
        ["title"] = title,
        ["startsAt"] = startsAt,
        ["endsAt"] = endsAt,
        ["format"] = format,
        ["venueId"] = venueId?.ToString(),
        ["onlineUrl"] = onlineUrl,
        ["agenda"] = new JsonArray("Tour de table", "Nos pratiques d'aller-vers"),
    };

    public static async Task<JsonNode> PlanAsync(HttpClient coordinator, Guid groupId, JsonObject meeting)
    {
        var planned = await coordinator.PostAsJsonAsync($"/api/groups/{groupId}/meetings", meeting);
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        return await planned.JsonAsync();
    }

    /// <summary>The .ics attached to a mail, parsed back.</summary>
    public static Ical.Net.Calendar Invitation(MimeMessage mail)
    {
        var attachment = Assert.Single(mail.Attachments.OfType<MimePart>(), a => a.FileName == "invitation.ics");
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        using var stream = new MemoryStream();
        attachment.Content!.DecodeTo(stream);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
    }

    private static string ConfirmationToken(PlatformFactory factory, string email)
    {
        var offer = Assert.Single(MailsTo(factory, email), m => m.Subject!.StartsWith("Vous êtes retenu·e", StringComparison.Ordinal));
        return Uri.UnescapeDataString(ConfirmationLink().Match(offer.TextBody!).Groups["token"].Value);
    }

    [GeneratedRegex(@"https://site\.test/selection/confirmation\?token=(?<token>\S+)")]
    private static partial Regex ConfirmationLink();

    [GeneratedRegex(@"mb_[A-Za-z0-9_-]+")]
    private static partial Regex MemberToken();
}
