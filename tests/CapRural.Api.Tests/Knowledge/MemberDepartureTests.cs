using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Registration;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Contracts;
using CapRural.Registration.Contracts;
using CapRural.Selection.Contracts;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>A member who leaves, for whatever reason and whatever the order of the events, is out of the directory and of Knowledge.</summary>
public sealed class MemberDepartureTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static object Report(string title) => new { title, body = "Ce que nous avons appris." };

    [Fact]
    public async Task A_member_who_leaves_the_group_leaves_the_directory_and_their_token_no_longer_opens_Knowledge()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Léa", "socialAction", "63430", "CCAS de Thiers"),
            new Applicant("Marius", "localDevelopment", "69123", "Métropole de Lyon")]);
        var anonymous = factory.CreateClient();
        Assert.Contains("Léa Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());
        var lea = MeetingsApi.Member(factory, group.Tokens["Léa"]);

        Assert.Equal(HttpStatusCode.NoContent, (await lea.PostAsync($"/api/groups/{group.GroupId}/leave", null)).StatusCode);
        await factory.DeliverOutboxAsync();

        var names = (await DirectoryApi.DirectoryAsync(anonymous)).Names();
        Assert.DoesNotContain("Léa Martin", names);
        Assert.Contains("Marius Martin", names);
        await (await MemberLifecycleApi.ConsentAsync(lea, true)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await lea.PostAsJsonAsync("/api/experience-reports", Report("Après le départ"))).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("Léa Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());
    }

    [Theory]
    [InlineData(MemberDeparture.RemovedByCoordinator)]
    [InlineData(MemberDeparture.GaveUpPlace)]
    [InlineData(MemberDeparture.Erased)]
    public async Task Every_kind_of_departure_takes_the_member_out(MemberDeparture departure)
    {
        var first = departure switch
        {
            MemberDeparture.RemovedByCoordinator => "Noé",
            MemberDeparture.GaveUpPlace => "Nora",
            _ => "Noam",
        };
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant(first, "socialAction", "63430", "CCAS de Thiers")]);
        var anonymous = factory.CreateClient();
        Assert.Contains($"{first} Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());

        var left = new MemberLeft(Guid.NewGuid(), group.Applications[first], group.GroupId, departure);
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, left);
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, left);

        Assert.DoesNotContain($"{first} Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());
        await (await MemberLifecycleApi.ConsentAsync(MeetingsApi.Member(factory, group.Tokens[first]), true)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_participant_who_declines_after_confirming_leaves_the_directory_and_Knowledge()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Oscar", "socialAction", "63430", "CCAS de Thiers")]);
        var declined = new ParticipantDeclined(Guid.NewGuid(), group.Applications["Oscar"], group.GroupId, null);

        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, declined);

        Assert.DoesNotContain("Oscar Martin", (await DirectoryApi.DirectoryAsync(factory.CreateClient())).Names());
        await (await MeetingsApi.Member(factory, group.Tokens["Oscar"]).PostAsJsonAsync("/api/experience-reports", Report("Parti")))
            .ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_departure_or_an_erasure_delivered_before_the_confirmation_is_not_undone_by_it()
    {
        var anonymous = factory.CreateClient();
        var (leftEarly, erasedEarly, confirmedTwice) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        const string Token = "mb_jeton-de-test-arrive-apres-le-depart";

        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, new MemberLeft(Guid.NewGuid(), leftEarly, Guid.NewGuid(), MemberDeparture.LeftGroup));
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, new ParticipantConfirmed(Guid.NewGuid(), leftEarly, Guid.NewGuid(),
            MemberLifecycleApi.Person("Pablo", consent: true)));
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, new MemberJoined(Guid.NewGuid(), leftEarly, Guid.NewGuid(), SecretToken.Hash(Token)));

        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, new ApplicantDataErased(erasedEarly, Guid.NewGuid()));
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, new ParticipantConfirmed(Guid.NewGuid(), erasedEarly, Guid.NewGuid(),
            MemberLifecycleApi.Person("Quentin", consent: true)));

        var twice = new ParticipantConfirmed(Guid.NewGuid(), confirmedTwice, Guid.NewGuid(), MemberLifecycleApi.Person("Rita", consent: true));
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, twice);
        await MemberLifecycleApi.DeliverToKnowledgeAsync(factory, twice);

        var names = (await DirectoryApi.DirectoryAsync(anonymous)).Names();
        Assert.DoesNotContain("Pablo Martin", names);
        Assert.DoesNotContain("Quentin Martin", names);
        Assert.Single(names, n => n == "Rita Martin");
        await (await MemberLifecycleApi.ConsentAsync(MeetingsApi.Member(factory, Token), true)).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("Pablo Martin", (await DirectoryApi.DirectoryAsync(anonymous)).Names());
    }
}
