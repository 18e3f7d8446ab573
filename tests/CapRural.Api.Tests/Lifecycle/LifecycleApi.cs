using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CapRural.Api.Tests.Knowledge;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using MimeKit;

namespace CapRural.Api.Tests.Lifecycle;

/// <summary>
/// A group of three confirmed members and one person on the waiting list, for a call of three places: every
/// module holds the members (roster, directory), so each reverse transition can be followed everywhere.
/// </summary>
public sealed record Story(
    PlatformFactory Factory,
    Guid CallId,
    HttpClient Coordinator,
    IReadOnlyDictionary<string, Guid> Applications,
    IReadOnlyDictionary<string, string> EditTokens,
    IReadOnlyDictionary<string, Guid> Candidates,
    IReadOnlyDictionary<string, string> MemberTokens,
    IReadOnlyDictionary<string, Guid> MemberIds,
    IReadOnlyDictionary<string, string> OfferTokens)
{
    public Guid GroupId => CallId;

    public string Email(string firstName) => MeetingsApi.MemberEmail(CallId, firstName);

    /// <summary>The public name: a family name of this story only, so stories sharing a host do not see each other in the directory.</summary>
    public string Name(string firstName) => $"{firstName} {LifecycleApi.FamilyName(CallId)}";

    public IEnumerable<MimeMessage> MailsTo(string firstName) => MeetingsApi.MailsTo(Factory, Email(firstName));

    public HttpClient Member(string firstName) => MeetingsApi.Member(Factory, MemberTokens[firstName]);

    public async Task<IReadOnlyList<string>> RosterAsync()
    {
        var members = (await (await Coordinator.GetAsync($"/api/groups/{GroupId}/members")).JsonAsync()).AsArray();
        return [.. members.Select(m => m!["firstName"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
    }

    public async Task<int> MemberCountAsync() =>
        (await (await Coordinator.GetAsync($"/api/groups/{GroupId}")).JsonAsync())["memberCount"]!.GetValue<int>();

    /// <summary>How many members the most central venue is computed for.</summary>
    public async Task<int> VenueRankingMembersAsync() =>
        (await (await Coordinator.GetAsync($"/api/groups/{GroupId}/venue-suggestions?candidates=communes&top=1")).JsonAsync())
            ["items"]![0]!["members"]!.AsArray().Count;

    public async Task<IReadOnlyList<string>> DirectoryAsync() => (await DirectoryApi.DirectoryAsync(Factory.CreateClient())).Names();

    public async Task<JsonNode> CandidateAsync(string firstName) =>
        await (await Coordinator.GetAsync($"/api/calls/{CallId}/candidates/{Candidates[firstName]}")).JsonAsync();

    /// <summary>Answers from the link of the acceptance mail (read when the group formed, so it works while mail is held).</summary>
    public Task<HttpResponseMessage> AnswerOfferAsync(string firstName, string response) =>
        Factory.CreateClient().PostAsJsonAsync(
            $"/api/selection/confirmations/{OfferTokens.GetValueOrDefault(firstName) ?? SelectionApi.ConfirmationToken(Factory, firstName, CallId)}", new { response });

    /// <summary>Invitations to a meeting titled <paramref name="title"/> received by this person.</summary>
    public int Invitations(string firstName, string title) =>
        MailsTo(firstName).Count(m => m.Subject!.StartsWith("Invitation :", StringComparison.Ordinal) && m.Subject.Contains(title, StringComparison.Ordinal));

    public async Task<int> OutboxCountAsync(string module, string name, string firstName) =>
        (await Factory.OutboxAsync(module)).Count(m => m.Name == name && m.SubjectId == Applications[firstName]);
}

public static class LifecycleApi
{
    /// <summary>Alix (social action), Dorian and Fanny (local development) confirmed; Gaël (social action) waits.</summary>
    public static readonly Joiner[] People =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers", true, "mobilité"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon", true, "mobilité"),
        new("Fanny", "localDevelopment", "74010", "Ville d'Annecy", true, "mobilité"),
        new("Gaël", "socialAction", "13055", "Centre social du Panier", true, "mobilité"),
    ];

    /// <summary>"Martin-" and letters drawn from the random end of the call id (its start is the time it was made).</summary>
    public static string FamilyName(Guid callId) =>
        "Martin-" + new string([.. callId.ToString("N")[^6..].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);

    public static async Task<Story> StoryAsync(PlatformFactory factory)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var now = factory.Clock.GetUtcNow();
        var body = RegistrationApi.CallBody(now.AddDays(-1), now.AddDays(30));
        body["targetGroupSize"] = 3;
        var created = await coordinator.PostAsJsonAsync("/api/calls", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var callId = (await created.JsonAsync())["callId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/calls/{callId}/publish", null)).StatusCode);

        var applications = new Dictionary<string, Guid>();
        var editTokens = new Dictionary<string, string>();
        foreach (var person in People)
        {
            var form = DirectoryApi.FormOf(callId, person);
            form["lastName"] = FamilyName(callId);
            var (applicationId, token) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, form);
            applications[person.FirstName] = applicationId;
            editTokens[person.FirstName] = token;
        }

        await factory.DeliverOutboxAsync();
        var board = await (await coordinator.GetAsync($"/api/calls/{callId}/candidates?pageSize=100")).JsonAsync();
        var candidates = board["items"]!.AsArray().ToDictionary(
            i => i!["name"]!.GetValue<string>().Split(' ')[0],
            i => i!["candidateId"]!.GetValue<Guid>());
        var setup = new SelectionSetup(callId, coordinator, candidates, applications);
        foreach (var person in People)
        {
            var etag = await SelectionApi.ETagAsync(coordinator, setup, person.FirstName);
            var decision = person.FirstName == "Gaël" ? "waitlisted" : "accepted";
            Assert.Equal(HttpStatusCode.OK, (await SelectionApi.DecideAsync(coordinator, setup, person.FirstName, decision, etag)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/calls/{callId}/selection/publish?force=true", null)).StatusCode);
        await factory.DeliverOutboxAsync();
        var offerTokens = new[] { "Alix", "Dorian", "Fanny" }.ToDictionary(who => who, who => SelectionApi.ConfirmationToken(factory, who, callId));
        foreach (var who in offerTokens.Keys)
        {
            var confirmed = await factory.CreateClient().PostAsJsonAsync($"/api/selection/confirmations/{offerTokens[who]}", new { response = "confirm" });
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        await factory.DeliverOutboxAsync();
        var group = new GroupSetup(callId, coordinator, new Dictionary<string, string>(), applications);
        var tokens = new[] { "Alix", "Dorian", "Fanny" }.ToDictionary(who => who, who =>
        {
            var welcome = Assert.Single(MeetingsApi.MailsTo(factory, group.Email(who)), m => m.Subject!.StartsWith("Bienvenue dans le groupe de travail", StringComparison.Ordinal));
            return System.Text.RegularExpressions.Regex.Match(welcome.TextBody!, @"mb_[A-Za-z0-9_-]+").Value;
        });
        var roster = (await (await coordinator.GetAsync($"/api/groups/{callId}/members")).JsonAsync()).AsArray();
        var memberIds = roster.ToDictionary(m => m!["firstName"]!.GetValue<string>(), m => m!["memberId"]!.GetValue<Guid>());
        return new Story(factory, callId, coordinator, applications, editTokens, candidates, tokens, memberIds, offerTokens);
    }

    /// <summary>
    /// Holds every e-mail back while it runs (the pickup folder cannot be written), as an SMTP outage would:
    /// what is queued meanwhile stays pending until the outage ends, and the clock moves past the retry delay.
    /// </summary>
    public static async Task WithMailHeldAsync(PlatformFactory factory, Func<Task> during)
    {
        var held = factory.MailDirectory + ".held";
        Directory.CreateDirectory(factory.MailDirectory);
        Directory.Move(factory.MailDirectory, held);
        await File.WriteAllTextAsync(factory.MailDirectory, "not a folder");
        try
        {
            await during();
        }
        finally
        {
            File.Delete(factory.MailDirectory);
            Directory.Move(held, factory.MailDirectory);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await factory.DeliverOutboxAsync();
    }

    public static JsonObject RemoteMeeting(string title, string startsAt, string endsAt) =>
        MeetingsApi.Meeting("remote", null, "https://visio.test/groupe", startsAt, endsAt, title);
}
