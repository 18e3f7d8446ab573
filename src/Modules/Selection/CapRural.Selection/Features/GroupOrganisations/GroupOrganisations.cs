using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.GroupOrganisations;

public enum OrganisationAction
{
    /// <summary>These candidates work for one organisation.</summary>
    Merge,

    /// <summary>Each of these candidates is an organisation of their own.</summary>
    Split,

    /// <summary>Back to SIREN and name.</summary>
    Reset,
}

public sealed record GroupOrganisations(OrganisationAction? Action, IReadOnlyList<Guid>? CandidateIds) : ICommand<OrganisationGroupsAnswer>
{
    public const int MaxCandidates = 200;

    [JsonIgnore]
    public Guid CallId { get; init; }
}

public sealed record OrganisationGroupsAnswer(IReadOnlyList<OrganisationGroupView> Organisations);

internal sealed class GroupOrganisationsValidator : AbstractValidator<GroupOrganisations>
{
    public GroupOrganisationsValidator()
    {
        RuleFor(g => g.Action).NotNull()
            .WithMessage(_ => Localized.Pick("Indiquez l'action : merge, split ou reset.", "Give the action: merge, split or reset."));
        RuleFor(g => g.CandidateIds).NotEmpty()
            .WithMessage(_ => Localized.Pick("Donnez les candidatures concernées (candidateIds).", "Give the candidates concerned (candidateIds)."))
            .Must(ids => ids is null || ids.Count <= GroupOrganisations.MaxCandidates)
            .WithMessage(_ => Localized.Pick($"Au plus {GroupOrganisations.MaxCandidates} candidatures à la fois.", $"At most {GroupOrganisations.MaxCandidates} candidates at once."));
        RuleFor(g => g.CandidateIds).Must(ids => ids is null || ids.Distinct().Count() >= 2)
            .When(g => g.Action == OrganisationAction.Merge)
            .WithMessage(_ => Localized.Pick("Regrouper demande au moins deux candidatures différentes.", "Merging needs at least two different candidates."));
    }
}

internal sealed class GroupOrganisationsHandler(SelectionDbContext db) : ICommandHandler<GroupOrganisations, OrganisationGroupsAnswer>
{
    public async ValueTask<OrganisationGroupsAnswer> Handle(GroupOrganisations command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        if (call.PublishedAt is not null)
        {
            throw Locked();
        }

        var ids = command.CandidateIds!.Distinct().ToList();
        var candidates = await db.Candidates.Where(c => c.CallId == call.Id && c.Status == CandidateStatus.Active).ToListAsync(cancellationToken);
        var chosen = candidates.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToList();
        if (chosen.Count != ids.Count)
        {
            throw new NotFoundException(Localized.Pick(
                $"{ids.Count - chosen.Count} candidature(s) introuvable(s) pour cet appel.",
                $"{ids.Count - chosen.Count} candidate(s) not found for this call."));
        }

        foreach (var candidate in chosen)
        {
            candidate.GroupOrganisation(command.Action switch
            {
                // One stable key for the group, whatever the order the ids came in.
                OrganisationAction.Merge => $"{Organisations.CoordinatorPrefix}{chosen[0].Id}",
                OrganisationAction.Split => $"{Organisations.CoordinatorPrefix}{candidate.Id}",
                _ => null,
            });
        }

        // The call's version moves too, so a proposal applied or a publication made meanwhile conflicts instead of mixing groupings.
        call.RecordOffer();
        await db.SaveOrConflictAsync(() => Locked(), cancellationToken);
        return new OrganisationGroupsAnswer(Organisations.Groups(candidates));
    }

    private static ConflictException Locked() => new(Localized.Pick(
        "Les résultats de cet appel sont publiés (ou l'appel vient de changer) : les organisations ne se regroupent plus.",
        "The results of this call are published (or the call just changed): organisations can no longer be regrouped."));
}

internal static class GroupOrganisationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/organisations", async (Guid callId, GroupOrganisations command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CallId = callId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(16 * 1024)
            .WithSummary("Regrouper ou séparer des organisations avant la proposition")
            .WithDescription("« Au plus N par organisation » compte ensemble les personnes de même SIREN, sinon les agents d'une intercommunalité " +
                "(SIREN de l'EPCI de leur commune), sinon celles dont l'organisation a le même nom (accents, casse et ponctuation ignorés) dans le même département. " +
                "`merge` déclare que ces candidatures relèvent d'une même organisation, `split` que chacune est seule, `reset` revient à la règle. " +
                "Répond par les groupes de l'appel (comme `organisations` sur le tableau). 409 après la publication.")
            .WithRequestExample(new { action = "merge", candidateIds = new[] { "3f2b8c1e-5d4a-4e7b-9c61-2a8d0f4b7e93", "7a1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e" } })
            .Produces<OrganisationGroupsAnswer>()
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
