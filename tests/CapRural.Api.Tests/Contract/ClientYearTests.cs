using CapRural.Api.Tests.Generated;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.Security;

namespace CapRural.Api.Tests.Contract;

/// <summary>
/// The year of a working group driven only through the C# client that NSwag generates from the
/// committed contract, as a partner would: any answer the document describes wrongly (a null where it
/// promises a value, an undeclared header, a wrong media type) fails here as a deserialisation error.
/// </summary>
public sealed class ClientYearTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private static readonly (string FirstName, string Sector, string Commune, string Organisation)[] Applicants =
    [
        ("Alix", "socialAction", "63430", "CCAS de Thiers"),
        ("Basile", "socialAction", "15014", "CIAS du Pays d'Aurillac"),
        ("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        ("Elsa", "localDevelopment", "43157", "Communauté d'agglomération du Puy"),
    ];

    [Fact]
    public async Task A_generated_client_runs_the_whole_year()
    {
        var now = factory.Clock.GetUtcNow();
        var coordinator = await ClientAsync(Roles.Coordinator);
        var website = new CapRuralClient(factory.CreateClient());

        // The call and its applications.
        var call = (await coordinator.CreateCallAsync(new CreateCall
        {
            Title = "AMI — Mailler les ingénieries",
            WorkingGroupName = "Mailler les ingénieries",
            Description = "Un groupe de travail régional entre développement local et action sociale.",
            OpensAt = now.AddDays(-1),
            ClosesAt = now.AddDays(30),
            FirstMeetingOn = DateOnly.FromDateTime(now.AddDays(60).UtcDateTime),
            TargetGroupSize = 2,
            MeetingsPerYear = 4,
            Themes = ["mobilité"],
        })).Result;
        Assert.Equal(CallStatus.Draft, call.Status);
        Assert.True((await coordinator.PublishCallAsync(call.CallId)).Result.IsOpen);
        foreach (var applicant in Applicants)
        {
            var submitted = (await website.SubmitApplicationAsync(call.CallId, Application(call.CallId, applicant))).Result;
            Assert.NotEqual(Guid.Empty, submitted.ApplicationId);
        }

        await factory.DeliverOutboxAsync();

        // Reviews, a proposal, and decisions with If-Match.
        var reviewerKey = (await coordinator.CreateApiKeyAsync(new CreateApiKeyRequest { Name = "Relectrice", Role = Roles.Reviewer })).Result;
        await coordinator.AssignReviewerAsync(call.CallId, reviewerKey.Id);
        var reviewer = Client(reviewerKey.Key);
        var board = (await coordinator.GetCandidateBoardAsync(call.CallId, null, null, null, null, null, 1, 100)).Result;
        Assert.Equal(Applicants.Length, board.Items.Count);
        Assert.All(board.Items, c => Assert.Null(c.Decision));
        var score = 5;
        foreach (var candidate in board.Items.OrderBy(c => c.Name))
        {
            var scores = board.Criteria.ToDictionary(c => c.Key, _ => (int?)score);
            await reviewer.SubmitReviewAsync(call.CallId, candidate.CandidateId, new SubmitReview { Scores = scores, Comment = "Profil solide." });
            score = Math.Max(1, score - 1);
        }

        var proposal = (await coordinator.ProposeGroupAsync(call.CallId, new ProposeGroup { GroupSize = 2, MinSectorShare = 0.4, MaxPerDepartment = 5, MaxPerOrganisation = 1 })).Result;
        Assert.True(proposal.Feasible);
        Assert.Equal(2, proposal.Accepted.Count);
        foreach (var candidate in board.Items)
        {
            var decision = proposal.Accepted.Any(a => a.CandidateId == candidate.CandidateId) ? "accepted" : "waitlisted";
            var read = await coordinator.GetCandidateAsync(call.CallId, candidate.CandidateId);
            var etag = read.Headers["ETag"].Single();
            var decided = (await coordinator.DecideCandidateAsync(call.CallId, candidate.CandidateId, etag, new DecideCandidate { Decision = decision })).Result;
            Assert.Equal(decision, decided.Decision);
        }

        var stale = await Assert.ThrowsAsync<CapRuralApiException<ProblemDetails>>(() =>
            coordinator.DecideCandidateAsync(call.CallId, proposal.Accepted.First().CandidateId, "\"stale\"", new DecideCandidate { Decision = "declined" }));
        Assert.Equal(412, stale.StatusCode);
        Assert.Contains("If-Match", stale.Result.Detail, StringComparison.Ordinal);

        // Publication and confirmation.
        Assert.Equal(2, (await coordinator.PublishSelectionAsync(call.CallId, force: true)).Result.Accepted);
        await factory.DeliverOutboxAsync();
        var accepted = board.Items.Where(c => proposal.Accepted.Any(a => a.CandidateId == c.CandidateId)).ToList();
        foreach (var person in accepted)
        {
            var token = SelectionApi.ConfirmationToken(factory, person.Name!.Split(' ')[0], call.CallId);
            Assert.Equal(OfferResponse.Confirmed, (await website.RespondToOfferAsync(token, new RespondToOffer { Response = "confirm" })).Result.Response);
        }

        await factory.DeliverOutboxAsync();

        // The group's first meeting and its minutes.
        var group = Assert.Single((await coordinator.ListGroupsAsync(1, 20)).Result.Items);
        Assert.Equal(2, (await coordinator.ListMembersAsync(group.GroupId)).Result.Count);
        var meeting = (await coordinator.PlanMeetingAsync(group.GroupId, new PlanMeeting
        {
            Title = "Première réunion du groupe",
            StartsAt = now.AddDays(7).ToString("yyyy-MM-dd'T'09:30", System.Globalization.CultureInfo.InvariantCulture),
            EndsAt = now.AddDays(7).ToString("yyyy-MM-dd'T'16:30", System.Globalization.CultureInfo.InvariantCulture),
            Format = "remote",
            OnlineUrl = "https://visio.caprural.org/groupe-mailler",
            Agenda = ["Tour de table"],
        })).Result;
        Assert.Equal(MeetingStatus.Planned, meeting.Status);
        Assert.Null(meeting.VenueId);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        var held = (await coordinator.RecordMinutesAsync(meeting.MeetingId, new RecordMinutes { Minutes = "## Tour de table\nChacun présente son territoire." })).Result;
        Assert.Equal(MeetingStatus.Held, held.Status);

        // A method sheet, published, then synchronised by a partner.
        var sheet = (await coordinator.CreateMethodSheetAsync(new CreateMethodSheet
        {
            Title = "Aller vers les habitants isolés",
            Summary = "Une méthode éprouvée par le groupe.",
            Body = "## Étapes\n1. Repérer\n2. Rencontrer",
            Themes = ["mobilité"],
            Authors = ["Groupe Mailler les ingénieries"],
            Licence = "CC-BY-4.0",
        })).Result;
        await coordinator.SubmitMethodSheetAsync(sheet.SheetId);
        Assert.Equal(SheetStatus.Published, (await coordinator.PublishMethodSheetAsync(sheet.SheetId)).Result.Status);

        var partner = await ClientAsync(Roles.Partner);
        var synced = (await partner.ListPublicSheetsAsync(null, null, null, null, 1, 20, null)).Result;
        var published = Assert.Single(synced.Items, s => s.Slug == sheet.Slug);
        Assert.Equal("Aller vers les habitants isolés", published.Title);
        var bySlug = (await partner.GetPublicSheetAsync(sheet.Slug, null)).Result;
        Assert.Contains("<h2", bySlug.Html, StringComparison.Ordinal);
    }

    private async Task<CapRuralClient> ClientAsync(string role) => Client(await factory.CreateApiKeyAsync(role));

    private CapRuralClient Client(string key)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, key);
        return new CapRuralClient(http);
    }

    private static SubmitApplication Application(Guid callId, (string FirstName, string Sector, string Commune, string Organisation) who) => new()
    {
        FirstName = who.FirstName,
        LastName = "Martin",
        Email = $"{who.FirstName.ToLowerInvariant()}.{callId:N}@example.org",
        Organisation = who.Organisation,
        OrganisationType = "association",
        JobTitle = "Chargée de mission",
        Sector = who.Sector,
        Role = "Animation territoriale",
        CommuneCode = who.Commune,
        Motivation = "Relier l'action sociale et le développement local sur notre territoire.",
        Topics = ["mobilité"],
        ConsentToProcessing = true,
        ConsentToDirectory = false,
    };
}
