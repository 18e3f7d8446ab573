using System.Net;
using System.Net.Http.Json;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Registration;

/// <summary>
/// A form sent five times at once, in a rush of other people's forms: one application, four
/// conflicts, and everyone else's application stored with its event and its acknowledgement.
/// </summary>
public sealed class SubmissionRaceTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    [Fact]
    public async Task Five_identical_forms_sent_at_once_among_others_store_one_and_refuse_four()
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var others = Enumerable.Range(1, 12).Select(i => $"voisine{i}@example.org").ToList();

        var sent = others.Select(email => RegistrationApi.Form(email))
            .Concat(Enumerable.Range(0, 5).Select(_ => RegistrationApi.Form("double-clic@example.org")))
            .OrderBy(_ => Random.Shared.Next())
            .Select(form => factory.CreateClient().PostAsJsonAsync($"/api/calls/{callId}/applications", form));
        var answers = await Task.WhenAll(sent);

        Assert.Equal(others.Count + 1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.Equal(4, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var outbox = await factory.OutboxAsync("registration");
        Assert.Equal(others.Count + 1, outbox.Count(m => m.Name == "registration.application-submitted.v1" && answers.Any(a => a.Headers.Location?.ToString() == $"/api/applications/{m.SubjectId}")));
        Assert.Equal(others.Count + 1, outbox.Count(m => m.Name == OutboxMessage.EmailName && answers.Any(a => a.Headers.Location?.ToString() == $"/api/applications/{m.SubjectId}")));
    }
}
