using CapRural.BuildingBlocks.Persistence;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Selection.Domain;
using CapRural.Selection.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Selection.Features.SetCriteria;

public sealed record CriterionInput(string? Key, string? Label);

public sealed record SetCriteria(IReadOnlyList<CriterionInput?>? Criteria) : ICommand<CallCriteria>
{
    [JsonIgnore]
    public Guid CallId { get; init; }
}

public sealed record CallCriteria(IReadOnlyList<ReviewCriterion> Criteria);

internal sealed partial class SetCriteriaValidator : AbstractValidator<SetCriteria>
{
    public SetCriteriaValidator()
    {
        RuleFor(c => c.Criteria).NotNull().WithMessage(_ => Localized.Pick($"Donnez la liste des critères (1 à {ReviewCriterion.MaxCount}).", $"Give the list of criteria (1 to {ReviewCriterion.MaxCount})."))
            .DependentRules(() =>
            {
                RuleFor(c => c.Criteria!.Count).InclusiveBetween(1, ReviewCriterion.MaxCount).OverridePropertyName("criteria")
                    .WithMessage(_ => Localized.Pick($"Un appel a de 1 à {ReviewCriterion.MaxCount} critères.", $"A call has 1 to {ReviewCriterion.MaxCount} criteria."));
                RuleForEach(c => c.Criteria).NotNull().WithMessage(_ => Localized.Pick("Chaque critère a une clé (`key`) et un libellé (`label`).", "Each criterion has a key (`key`) and a label (`label`)."))
                    .ChildRules(criterion =>
                    {
                        criterion.RuleFor(c => c!.Key).NotEmpty().WithMessage(_ => Localized.Pick("La clé du critère est obligatoire.", "The criterion's key is required."))
                            .MaximumLength(ReviewCriterion.KeyMax).WithMessage(_ => Localized.Pick($"La clé du critère dépasse {ReviewCriterion.KeyMax} caractères.", $"The criterion's key exceeds {ReviewCriterion.KeyMax} characters."))
                            .Matches(CamelCase()).WithMessage(_ => Localized.Pick("La clé s'écrit en camelCase, sans espace ni accent (ex. « territorialAnchoring »).", "The key is written in camelCase, without spaces or accents (e.g. 'territorialAnchoring')."));
                        criterion.RuleFor(c => c!.Label).NotEmpty().WithMessage(_ => Localized.Pick("Le libellé du critère est obligatoire.", "The criterion's label is required."))
                            .MaximumLength(ReviewCriterion.LabelMax).WithMessage(_ => Localized.Pick($"Le libellé du critère dépasse {ReviewCriterion.LabelMax} caractères.", $"The criterion's label exceeds {ReviewCriterion.LabelMax} characters."));
                    });
                RuleFor(c => c.Criteria).Must(Unique).WithMessage(_ => Localized.Pick("Deux critères ont la même clé : chaque clé doit être unique.", "Two criteria have the same key: each key must be unique."));
            });
    }

    private static bool Unique(IReadOnlyList<CriterionInput?>? criteria) =>
        criteria is null || criteria.Where(c => c?.Key is not null).GroupBy(c => c!.Key, StringComparer.Ordinal).All(g => g.Count() == 1);

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();
}

internal sealed class SetCriteriaHandler(SelectionDbContext db) : ICommandHandler<SetCriteria, CallCriteria>
{
    public async ValueTask<CallCriteria> Handle(SetCriteria command, CancellationToken cancellationToken)
    {
        var call = await db.FindCallAsync(command.CallId, cancellationToken);
        if (await db.Reviews.AnyAsync(r => r.CallId == call.Id, cancellationToken))
        {
            throw Locked();
        }

        call.SetCriteria(command.Criteria!.Select(c => new ReviewCriterion(c!.Key!, c.Label!.Trim())));
        await db.SaveOrConflictAsync(() => Locked(), cancellationToken);

        return new CallCriteria(call.Criteria);
    }

    private static ConflictException Locked() => new(Localized.Pick(
        "Des évaluations existent déjà pour cet appel (ou l'appel vient de changer) : ses critères ne peuvent plus être modifiés.",
        "Reviews already exist for this call (or the call just changed): its criteria can no longer change."));
}

internal static class SetCriteriaEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/calls/{callId:guid}/selection/criteria", async (Guid callId, SetCriteria command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { CallId = callId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(8 * 1024)
            .WithSummary("Définir les critères d'évaluation de l'appel")
            .WithDescription($"Remplace les critères notés de 0 à 5 par les évaluateurs : 1 à {ReviewCriterion.MaxCount} critères, " +
                "chacun avec une clé camelCase unique (le nom du champ dans `scores`) et un libellé en français " +
                $"({ReviewCriterion.LabelMax} caractères au plus). Par défaut : motivation, expérience en lien avec le thème, capacité à partager " +
                "et à contribuer, ancrage territorial rural. Possible seulement tant qu'aucune évaluation n'existe pour l'appel (sinon 409).")
            .WithRequestExample(new
            {
                criteria = new[]
                {
                    new { key = "motivation", label = "Motivation" },
                    new { key = "experience", label = "Expérience en lien avec le thème" },
                    new { key = "territorialAnchoring", label = "Ancrage territorial rural" },
                },
            })
            .Produces<CallCriteria>()
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
