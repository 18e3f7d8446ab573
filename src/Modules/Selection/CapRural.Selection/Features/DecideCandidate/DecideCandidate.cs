using CapRural.BuildingBlocks.Persistence;
using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Features.GetCandidate;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.DecideCandidate;

public sealed record DecideCandidate(Decision? Decision) : ICommand<VersionedCandidate>
{
    [JsonIgnore]
    public Guid CallId { get; init; }

    [JsonIgnore]
    public Guid CandidateId { get; init; }

    [JsonIgnore]
    public string IfMatch { get; init; } = "";

    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class DecideCandidateValidator : AbstractValidator<DecideCandidate>
{
    public DecideCandidateValidator() =>
        RuleFor(d => d.Decision).NotNull().WithMessage(_ => Localized.Pick("Indiquez la décision : accepted, waitlisted ou declined.", "Give the decision: accepted, waitlisted or declined."));
}

internal sealed class DecideCandidateHandler(SelectionDbContext db, TimeProvider clock) : ICommandHandler<DecideCandidate, VersionedCandidate>
{
    public async ValueTask<VersionedCandidate> Handle(DecideCandidate command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        var candidate = await db.FindCandidateAsync(call.Id, command.CandidateId, cancellationToken);
        if (command.IfMatch.Trim() != CandidateViews.ETag(candidate))
        {
            throw Stale();
        }

        candidate.Decide(command.Decision!.Value, clock.GetUtcNow(), manually: true);
        // Another coordinator saved between our read and our write.
        await db.SaveOrConflictAsync(() => Stale(), cancellationToken);

        var reviews = await db.Reviews.AsNoTracking().Where(r => r.CandidateId == candidate.Id).ToListAsync(cancellationToken);
        return new VersionedCandidate(CandidateViews.Item(candidate, call, reviews, command.Caller), CandidateViews.ETag(candidate));
    }

    private static PreconditionFailedException Stale() => new(Localized.Pick(
        "Cette candidature a été modifiée depuis votre lecture (If-Match périmé). Rechargez-la pour voir la décision actuelle.",
        "This candidate changed since you read it (stale If-Match). Reload it to see the current decision."));
}

internal static class DecideCandidateEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/calls/{callId:guid}/candidates/{candidateId:guid}/decision", async (Guid callId, Guid candidateId, DecideCandidate command,
                HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var ifMatch = http.Request.Headers.IfMatch.ToString();
                if (string.IsNullOrWhiteSpace(ifMatch))
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status428PreconditionRequired,
                        title: Localized.Pick("En-tête If-Match requis", "If-Match header required"),
                        detail: Localized.Pick(
                            "Envoyez dans If-Match l'ETag lu sur GET /api/calls/{callId}/candidates/{candidateId} : deux coordinatrices ne doivent pas s'écraser.",
                            "Send in If-Match the ETag read from GET /api/calls/{callId}/candidates/{candidateId}: two coordinators must not overwrite each other."));
                }

                var decided = await mediator.Send(command with { CallId = callId, CandidateId = candidateId, IfMatch = ifMatch, Caller = Caller.From(http.User) }, ct);
                http.Response.Headers.ETag = decided.ETag;
                return Results.Ok(decided.Candidate);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(1024)
            .WithSummary("Décider pour une candidature")
            .WithDescription("`accepted`, `waitlisted` ou `declined`, en remplaçant au besoin la proposition. `If-Match` doit porter l'`ETag` " +
                "de la candidature (428 s'il manque, 412 s'il est périmé) ; la réponse porte le nouvel `ETag`. Rien n'est envoyé avant la publication ; " +
                "retirer sa place à une personne déjà retenue (même si elle a confirmé) la fait quitter le groupe à la publication suivante.")
            .WithRequestExample(new { decision = "accepted" })
            .Produces<CandidateItem>()
            .ProducesClientErrors(400, 401, 403, 404, 412, 413, 422, 428);
}
