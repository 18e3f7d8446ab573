using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CapRural.Api.Tests.Registration;
using CapRural.BuildingBlocks.Security;
using CapRural.Host.Access;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Selection;

/// <summary>One applicant of a test call: who, where, in which sector and organisation.</summary>
public sealed record Applicant(string FirstName, string Sector, string CommuneCode, string Organisation);

/// <summary>A call with its applications delivered to Selection, and the candidate id of each applicant.</summary>
public sealed record SelectionSetup(Guid CallId, HttpClient Coordinator, IReadOnlyDictionary<string, Guid> Candidates, IReadOnlyDictionary<string, Guid> Applications);

/// <summary>Steps the Selection tests repeat: applications in, reviewer keys, reviews, ETags, mails.</summary>
public static partial class SelectionApi
{
    public static readonly Applicant[] SixApplicants =
    [
        new("Alix", "socialAction", "63430", "CCAS de Thiers"),
        new("Basile", "socialAction", "63113", "CCAS de Clermont-Ferrand"),
        new("Chloé", "socialAction", "42218", "Association Relais 42"),
        new("Dorian", "localDevelopment", "69123", "Métropole de Lyon"),
        new("Elsa", "localDevelopment", "43157", "Communauté d'agglomération du Puy"),
        new("Fanny", "localDevelopment", "74010", "Ville d'Annecy"),
    ];

    /// <summary>The applicants' applications, each form changed by <paramref name="customise"/> when given, delivered to Selection.</summary>
    public static async Task<SelectionSetup> SetUpAsync(PlatformFactory factory, IEnumerable<Applicant> applicants, Action<Applicant, JsonObject>? customise = null)
    {
        var coordinator = await factory.ClientWithRoleAsync(Roles.Coordinator);
        var callId = await RegistrationApi.OpenCallAsync(coordinator, factory.Clock.GetUtcNow());
        var applications = new Dictionary<string, Guid>();
        foreach (var applicant in applicants)
        {
            var form = RegistrationApi.Form($"{applicant.FirstName.ToLowerInvariant()}.{callId:N}@example.org", applicant.CommuneCode, applicant.Sector);
            form["firstName"] = applicant.FirstName;
            form["organisation"] = applicant.Organisation;
            customise?.Invoke(applicant, form);
            var (applicationId, _) = await RegistrationApi.ApplyAsync(factory.CreateClient(), callId, form);
            applications[applicant.FirstName] = applicationId;
        }

        await factory.DeliverOutboxAsync();
        var board = await (await coordinator.GetAsync($"/api/calls/{callId}/candidates?pageSize=100")).JsonAsync();
        var candidates = board["items"]!.AsArray().ToDictionary(
            i => i!["name"]!.GetValue<string>().Split(' ')[0],
            i => i!["candidateId"]!.GetValue<Guid>());
        return new SelectionSetup(callId, coordinator, candidates, applications);
    }

    /// <summary>A reviewer key, its id (what the coordinator assigns) and a client using it.</summary>
    public static async Task<(Guid KeyId, HttpClient Client)> ReviewerAsync(PlatformFactory factory, string name = "Évaluatrice")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(name, Roles.Reviewer, CancellationToken.None);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(Credentials.ApiKeyHeader, created.Key);
        return (created.Id, client);
    }

    public static async Task<HttpClient> AssignedReviewerAsync(PlatformFactory factory, SelectionSetup setup, string name = "Évaluatrice")
    {
        var (keyId, client) = await ReviewerAsync(factory, name);
        var assigned = await setup.Coordinator.PutAsync($"/api/calls/{setup.CallId}/reviewers/{keyId}", null);
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        return client;
    }

    public static JsonObject Review(int motivation, int experience, int contribution, int anchoring, string comment = "Profil intéressant.") => new()
    {
        ["scores"] = new JsonObject
        {
            ["motivation"] = motivation,
            ["experience"] = experience,
            ["contribution"] = contribution,
            ["territorialAnchoring"] = anchoring,
        },
        ["comment"] = comment,
    };

    public static Task<HttpResponseMessage> ReviewAsync(HttpClient reviewer, SelectionSetup setup, string who, JsonObject review) =>
        reviewer.PostAsJsonAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates[who]}/reviews", review);

    public static async Task<string> ETagAsync(HttpClient client, SelectionSetup setup, string who)
    {
        var response = await client.GetAsync($"/api/calls/{setup.CallId}/candidates/{setup.Candidates[who]}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.ToString();
    }

    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, SelectionSetup setup, string who, string decision, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/calls/{setup.CallId}/candidates/{setup.Candidates[who]}/decision")
        {
            Content = JsonContent.Create(new { decision }),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The private token in the confirmation link of the last acceptance mail sent to this person (of this call, when given).</summary>
    public static string ConfirmationToken(PlatformFactory factory, string firstName, Guid? callId = null)
    {
        var mail = factory.Mails().Last(m => m.Subject!.StartsWith("Vous êtes retenu·e", StringComparison.Ordinal)
            && m.TextBody!.Contains($"Bonjour {firstName},", StringComparison.Ordinal)
            && (callId is null || m.To.ToString().Contains($"{callId:N}@", StringComparison.Ordinal)));
        return Uri.UnescapeDataString(ConfirmationLink().Match(mail.TextBody!).Groups["token"].Value);
    }

    [GeneratedRegex(@"https://site\.test/selection/confirmation\?token=(?<token>\S+)")]
    private static partial Regex ConfirmationLink();
}
