using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.ExportMemberData;

/// <summary>"Export my data" for a member, with their member token: every module answers for itself.</summary>
public sealed record ExportMemberData : IQuery<PersonalDataExport>
{
    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class ExportMemberDataHandler(MeetingsDbContext db, IMediator mediator, TimeProvider clock) : IQueryHandler<ExportMemberData, PersonalDataExport>
{
    public async ValueTask<PersonalDataExport> Handle(ExportMemberData query, CancellationToken cancellationToken)
    {
        var member = await db.FindMemberAsync(query.Caller, cancellationToken);
        return await PersonalDataExport.CollectAsync(mediator, member.ApplicationId, clock.GetUtcNow(), cancellationToken);
    }
}

internal static class ExportMemberDataEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me/personal-data", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var export = await mediator.Send(new ExportMemberData { Caller = Caller.From(http.User) }, ct);
                // Personal data: never kept by a browser or a proxy.
                http.Response.Headers.CacheControl = "no-store";
                return TypedResults.Ok(export);
            })
            .RequireAuthorization(Policies.Member)
            .WithSummary("Exporter mes données personnelles (membre)")
            .WithDescription("Avec son jeton de membre (X-Member-Token) : tout ce que chaque module détient sur la personne, en JSON — candidature, " +
                "décisions et nombre d'évaluations (jamais l'identité des évaluateurs ni leurs notes), appartenance au groupe, réponses aux invitations, " +
                "présences, votes aux sondages de date, contributions et fiche d'annuaire. Une section par module qui détient quelque chose. " +
                "Réponse non mise en cache (`Cache-Control: no-store`).")
            .Produces<PersonalDataExport>()
            .ProducesClientErrors(401, 403);
}
