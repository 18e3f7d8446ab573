using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Meetings;

/// <summary>Venues are edited and retired; the ranking minimises the total or the longest trip and says which positions are approximate.</summary>
public sealed class VenueTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static object Body(string name, string communeCode, int capacity = 40) =>
        new { name, address = "1 place de la Mairie", communeCode, capacity, accessibility = "Salle de plain-pied." };

    [Fact]
    public async Task An_edited_venue_is_told_to_members_invited_there_and_a_retired_one_leaves_rankings_but_stays_on_past_meetings()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var coordinator = group.Coordinator;
        var hall = await MeetingsApi.VenueAsync(coordinator, "Salle des fêtes", "63113");
        var old = await MeetingsApi.VenueAsync(coordinator, "Ancienne salle", "63430");
        var upcoming = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("inPerson", hall, null, "2026-04-09T09:30", "2026-04-09T16:30", "Réunion d'avril"));
        var past = await MeetingsApi.PlanAsync(coordinator, group.GroupId,
            MeetingsApi.Meeting("inPerson", old, null, "2026-02-12T09:30", "2026-02-12T16:30", "Réunion de février"));

        var edited = await coordinator.PutAsJsonAsync($"/api/venues/{hall}", Body("Maison des associations", "63113", 60));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(60, (await edited.JsonAsync())["capacity"]!.GetValue<int>());
        await factory.DeliverOutboxAsync();
        var change = Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal));
        Assert.Contains("Maison des associations", change.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(MeetingsApi.Invitation(change).Events).Sequence);
        // Capacity alone is not news for members.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PutAsJsonAsync($"/api/venues/{hall}", Body("Maison des associations", "63113", 80))).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Single(MeetingsApi.MailsTo(factory, group.Email("Alix")), m => m.Subject!.StartsWith("Changement :", StringComparison.Ordinal));

        // A venue with a meeting to come cannot be retired; one with only a past meeting can, and stays on it.
        var busy = await (await coordinator.DeleteAsync($"/api/venues/{hall}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("Réunion d'avril", busy["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/venues/{old}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await coordinator.DeleteAsync($"/api/venues/{old}")).StatusCode);
        var listed = (await (await coordinator.GetAsync("/api/venues")).JsonAsync()).AsArray();
        Assert.DoesNotContain(listed, v => v!["venueId"]!.GetValue<Guid>() == old);
        var all = (await (await coordinator.GetAsync("/api/venues?includeRetired=true")).JsonAsync()).AsArray();
        Assert.NotNull(Assert.Single(all, v => v!["venueId"]!.GetValue<Guid>() == old)!["retiredAt"]);
        var ranked = (await (await coordinator.GetAsync($"/api/groups/{group.GroupId}/venue-suggestions?top=100")).JsonAsync())["items"]!.AsArray();
        Assert.DoesNotContain(ranked, v => v!["venueId"]!.GetValue<Guid>() == old);
        Assert.Equal(old, (await (await coordinator.GetAsync($"/api/meetings/{past["meetingId"]}")).JsonAsync())["venueId"]!.GetValue<Guid>());
        var space = await (await MeetingsApi.Member(factory, group.Tokens["Alix"]).GetAsync("/api/me")).JsonAsync();
        Assert.Equal("Ancienne salle", space["past"]![0]!["venueName"]!.GetValue<string>());

        // A retired venue takes no new meeting and no edit; the past meeting keeps it when its title changes.
        var refused = await (await coordinator.PostAsJsonAsync($"/api/groups/{group.GroupId}/meetings",
            MeetingsApi.Meeting("inPerson", old, null, "2026-05-07T09:30", "2026-05-07T16:30"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("retiré", refused["errors"]!["venueId"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await (await coordinator.PatchAsJsonAsync($"/api/meetings/{upcoming["meetingId"]}", new { venueId = old })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PatchAsJsonAsync($"/api/meetings/{past["meetingId"]}", new { title = "Réunion de février (compte rendu à venir)" })).StatusCode);
        await (await coordinator.PutAsJsonAsync($"/api/venues/{old}", Body("Ancienne salle", "63430"))).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Editing_and_retiring_venues_is_for_the_coordinator_with_valid_fields()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new("Alix", "socialAction", "63430", "CCAS de Thiers")]);
        var venue = await MeetingsApi.VenueAsync(group.Coordinator, "Salle des fêtes", "63113");
        var url = $"/api/venues/{venue}";

        var invalid = await (await group.Coordinator.PutAsJsonAsync(url, new { name = "", communeCode = "99999", capacity = 0 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["address", "capacity", "communeCode", "name"], invalid["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        await (await group.Coordinator.PutAsJsonAsync($"/api/venues/{Guid.NewGuid()}", Body("Salle", "63113"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await group.Coordinator.DeleteAsync($"/api/venues/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        foreach (var client in new[] { factory.CreateClient(), await factory.ClientWithRoleAsync(Roles.Reviewer), MeetingsApi.Member(factory, group.Tokens["Alix"]) })
        {
            Assert.True((await client.PutAsJsonAsync(url, Body("Salle", "63113"))).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
            Assert.True((await client.DeleteAsync(url)).StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
        }

        Assert.Equal("Salle des fêtes", Assert.Single((await (await group.Coordinator.GetAsync("/api/venues")).JsonAsync()).AsArray(),
            v => v!["venueId"]!.GetValue<Guid>() == venue)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_ranking_minimises_the_total_or_the_longest_trip_and_flags_approximate_positions()
    {
        using var host = new PlatformFactory();
        // Three members in Lyon, one in the Cantal: Lyon costs the fewest kilometres, Thiers spares the Cantal member most.
        var group = await MeetingsApi.GroupAsync(host,
        [
            new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
            new("Fanny", "socialAction", "69123", "CCAS de Lyon"),
            new("Gaspard", "localDevelopment", "69123", "Grand Lyon"),
            new("Hugo", "socialAction", "15002", "Mairie d'Alleuze"),
            new("Inès", "socialAction", "15004", "Mairie d'Andelat"),
        ]);
        await MeetingsApi.VenueAsync(group.Coordinator, "Espace Lyon Confluence", "69123");
        await MeetingsApi.VenueAsync(group.Coordinator, "Maison des associations", "63113");
        await MeetingsApi.VenueAsync(group.Coordinator, "Salle de Thiers", "63430");
        var url = $"/api/groups/{group.GroupId}/venue-suggestions";

        var byTotal = (await (await group.Coordinator.GetAsync($"{url}?objective=total")).JsonAsync())["items"]!.AsArray();
        var byMax = (await (await group.Coordinator.GetAsync($"{url}?objective=max")).JsonAsync())["items"]!.AsArray();
        Assert.Equal("Espace Lyon Confluence", byTotal[0]!["name"]!.GetValue<string>());
        var totals = byTotal.Select(i => i!["totalKm"]!.GetValue<double>()).ToList();
        Assert.Equal(totals.Order(), totals);
        var maxima = byMax.Select(i => i!["maxKm"]!.GetValue<double>()).ToList();
        Assert.Equal(maxima.Order(), maxima);
        Assert.NotEqual("Espace Lyon Confluence", byMax[0]!["name"]!.GetValue<string>());
        Assert.True(maxima[0] < byTotal[0]!["maxKm"]!.GetValue<double>());

        // The two Cantal members sit at their intercommunality's centre: flagged next to their distance.
        var members = (await (await group.Coordinator.GetAsync($"/api/groups/{group.GroupId}/members")).JsonAsync()).AsArray();
        var cantal = members.Where(m => m!["communeCode"]!.GetValue<string>().StartsWith("15", StringComparison.Ordinal)).Select(m => m!["memberId"]!.GetValue<Guid>()).ToHashSet();
        Assert.All(byMax, item =>
        {
            Assert.Equal(2, item!["approximateMembers"]!.GetValue<int>());
            Assert.All(item["members"]!.AsArray(), m => Assert.Equal(cantal.Contains(m!["memberId"]!.GetValue<Guid>()), m["approximate"]!.GetValue<bool>()));
        });

        var unknown = await (await group.Coordinator.GetAsync($"{url}?objective=fairest")).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.NotNull(unknown["errors"]!["objective"]);
    }
}
