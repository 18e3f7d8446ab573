using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using CapRural.Territories;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.PlanVenueSeries;

/// <summary>A number of meetings to come, or the meetings themselves (in date order); beyond <c>hybridBeyondKm</c> a member would join remotely.</summary>
public sealed record PlanVenueSeries(int? Meetings, IReadOnlyList<Guid>? MeetingIds, double? HybridBeyondKm) : IQuery<VenuePlanView>
{
    /// <summary>About an hour's drive on rural roads, one way.</summary>
    public const double DefaultHybridBeyondKm = 60;

    public const double MaxHybridBeyondKm = 1000;

    [JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class PlanVenueSeriesValidator : AbstractValidator<PlanVenueSeries>
{
    /// <summary>A year's cycle ("3 à 4 réunions/an"): the exact search stays well under a second with 50 venues.</summary>
    public const int MaxMeetings = 4;

    public PlanVenueSeriesValidator()
    {
        RuleFor(p => p).Must(p => (p.Meetings is null) != (p.MeetingIds is null)).OverridePropertyName("meetings")
            .WithMessage(_ => Localized.Pick("Indiquez soit un nombre de réunions (meetings), soit la liste des réunions (meetingIds).", "Give either a number of meetings (meetings) or the list of meetings (meetingIds)."));
        RuleFor(p => p.Meetings).InclusiveBetween(1, MaxMeetings)
            .WithMessage(_ => Localized.Pick($"Entre 1 et {MaxMeetings} réunions.", $"Between 1 and {MaxMeetings} meetings."));
        RuleFor(p => p.MeetingIds).Must(ids => ids is null || (ids.Count is >= 1 and <= MaxMeetings && ids.Distinct().Count() == ids.Count))
            .WithMessage(_ => Localized.Pick($"Entre 1 et {MaxMeetings} réunions différentes.", $"Between 1 and {MaxMeetings} different meetings."));
        RuleFor(p => p.HybridBeyondKm).Must(km => km is null or > 0 and <= PlanVenueSeries.MaxHybridBeyondKm)
            .WithMessage(_ => Localized.Pick($"Une distance de plus de 0 et d'au plus {PlanVenueSeries.MaxHybridBeyondKm:0} km.",
                $"A distance above 0 and at most {PlanVenueSeries.MaxHybridBeyondKm:0} km."));
    }
}

internal sealed class PlanVenueSeriesHandler(MeetingsDbContext db) : IQueryHandler<PlanVenueSeries, VenuePlanView>
{
    public async ValueTask<VenuePlanView> Handle(PlanVenueSeries query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var meetingIds = await MeetingsAsync(group.Id, query.MeetingIds, cancellationToken);
        var count = meetingIds?.Count ?? query.Meetings!.Value;
        var members = await db.ActiveMembers(group.Id).AsNoTracking().OrderBy(m => m.LastName).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var venues = await db.Venues.AsNoTracking().Where(v => v.RetiredAt == null).OrderBy(v => v.Name).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        if (venues.Count == 0 || members.Count == 0)
        {
            throw new ConflictException(Localized.Pick(
                "Il faut au moins un lieu actif et un membre pour proposer un plan des lieux.", "At least one active venue and one member are needed to propose a venue plan."));
        }

        var places = MemberPlaces.Of(members);
        var distinct = DistinctPlaces.Of(places);
        var km = venues.Select(v => GeoDistance.OneToMany(new GeoPoint(v.Latitude, v.Longitude), distinct.Vectors)).ToArray();
        var fair = SeriesPlanner.Solve(km, distinct.Weights, count);
        var central = Enumerable.Range(0, venues.Count).MinBy(v => (SeriesPlanner.Evaluate(km, distinct.Weights, [v]).TotalKm, venues[v].Name));
        var centralSeries = Enumerable.Repeat(central, count).ToArray();
        return VenuePlanView.Of(venues, places, [.. members.Select(m => m.FullName)], distinct, km, fair.Venues, centralSeries, meetingIds,
            query.HybridBeyondKm ?? PlanVenueSeries.DefaultHybridBeyondKm);
    }

    private async Task<IReadOnlyList<Guid>?> MeetingsAsync(Guid groupId, IReadOnlyList<Guid>? ids, CancellationToken cancellationToken)
    {
        if (ids is null)
        {
            return null;
        }

        var found = await db.Meetings.AsNoTracking().Where(m => m.GroupId == groupId && ids.Contains(m.Id)).OrderBy(m => m.StartsAt).Select(m => m.Id).ToListAsync(cancellationToken);
        var unknown = ids.Except(found).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException(unknown.Select(id => new ValidationFailure("meetingIds",
                Localized.Pick($"{id} n'est pas une réunion de ce groupe.", $"{id} is not a meeting of this group."))));
        }

        return found;
    }
}

internal static class PlanVenueSeriesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/groups/{groupId:guid}/venue-plan", async (Guid groupId, PlanVenueSeries query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query with { GroupId = groupId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(4096)
            .WithSummary("Répartir les lieux sur une série de réunions")
            .WithDescription("Propose un lieu actif par réunion (`meetings` : un nombre, ou `meetingIds` : les réunions, dans l'ordre des dates) " +
                "qui partage la charge des trajets : le plan minimise d'abord la plus grande distance cumulée qu'un membre parcourt sur la série, " +
                "puis la distance totale — un optimum exact, pas une heuristique. Il est comparé au « lieu le plus central à chaque fois » : " +
                "distance cumulée de chaque membre, total et maximum par secteur. Distances à vol d'oiseau ; `approximate` signale une position connue " +
                "seulement à l'échelle de l'intercommunalité. Pour chaque lieu, `hybrid` prévoit la réunion en hybride : les membres au-delà de " +
                $"`hybridBeyondKm` (par défaut {PlanVenueSeries.DefaultHybridBeyondKm:0} km, au plus {PlanVenueSeries.MaxHybridBeyondKm:0}) qui la suivraient à distance, " +
                "et pour chaque secteur si le quorum en présentiel tient : au moins la moitié de ses membres actifs (et au moins un) à portée. " +
                "Rien n'est enregistré : appliquez le plan en modifiant chaque réunion.")
            .WithRequestExample(new { meetings = 4, hybridBeyondKm = 60 })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
