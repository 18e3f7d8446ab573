using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using CapRural.Territories;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.SuggestVenues;

public enum CandidateKind
{
    Venues,
    Communes,
}

public enum CommuneScope
{
    Region,
    France,
}

public sealed record SuggestVenues(Guid GroupId, CandidateKind Candidates, CommuneScope Scope, int Top, bool InPersonOnly, Guid? MeetingId, RankingObjective Objective)
    : IQuery<VenueSuggestionsView>;

internal sealed class SuggestVenuesValidator : AbstractValidator<SuggestVenues>
{
    public const int MaxTop = 100;

    public SuggestVenuesValidator()
    {
        RuleFor(q => q.Top).InclusiveBetween(1, MaxTop).OverridePropertyName("top")
            .WithMessage(_ => Localized.Pick($"Demandez entre 1 et {MaxTop} suggestions.", $"Ask for between 1 and {MaxTop} suggestions."));
        RuleFor(q => q.MeetingId).NotNull().When(q => q.InPersonOnly).OverridePropertyName("meetingId")
            .WithMessage(_ => Localized.Pick("Pour ne compter que les personnes qui viennent en présentiel, indiquez la réunion (meetingId).", "To count only the people coming in person, give the meeting (meetingId)."));
    }
}

internal sealed class SuggestVenuesHandler(MeetingsDbContext db) : IQueryHandler<SuggestVenues, VenueSuggestionsView>
{
    public async ValueTask<VenueSuggestionsView> Handle(SuggestVenues query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var members = db.ActiveMembers(group.Id).AsNoTracking();
        if (query.InPersonOnly)
        {
            var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == query.MeetingId && m.GroupId == group.Id, cancellationToken)
                ?? throw new NotFoundException(Localized.Pick("Réunion introuvable pour ce groupe.", "Meeting not found for this group."));
            var coming = db.Rsvps.Where(r => r.MeetingId == meeting.Id && r.Response == RsvpResponse.InPerson).Select(r => r.MemberId);
            members = members.Where(m => coming.Contains(m.Id));
        }

        var places = MemberPlaces.Of(await members.ToListAsync(cancellationToken));
        var candidates = query.Candidates == CandidateKind.Communes
            ? (query.Scope == CommuneScope.France ? CommuneCandidates.France : CommuneCandidates.Region)
            : CandidateSet.Of([.. (await db.Venues.AsNoTracking().Where(v => v.RetiredAt == null).ToListAsync(cancellationToken))
                .Select(v => new CandidatePlace(v.Name, v.CommuneCode, v.Id, new GeoPoint(v.Latitude, v.Longitude)))]);
        var ranked = VenueRanking.Rank(places, candidates, query.Top, query.Objective);
        return new VenueSuggestionsView(places.Count, [.. ranked.Select(VenueSuggestionView.From)], Median(places));
    }

    private static GeometricMedianView? Median(List<MemberPlace> members)
    {
        if (members.Count == 0)
        {
            return null;
        }

        var places = DistinctPlaces.Of(members);
        var median = GeometricMedian.Of(places.Points, places.Weights);
        var nearest = CommuneCandidates.Nearest(median);
        return new GeometricMedianView(Math.Round(median.Latitude, 5), Math.Round(median.Longitude, 5), new NearestCommuneView(nearest.Code, nearest.Name));
    }
}

internal static class SuggestVenuesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}/venue-suggestions", async (
                Guid groupId, IMediator mediator, CancellationToken ct,
                string? candidates = null, string? scope = null, int top = 10, bool inPersonOnly = false, Guid? meetingId = null, string? objective = null) =>
                TypedResults.Ok(await mediator.Send(new SuggestVenues(
                    groupId,
                    QueryValues.Enum<CandidateKind>(candidates, "candidates") ?? CandidateKind.Venues,
                    QueryValues.Enum<CommuneScope>(scope, "scope") ?? CommuneScope.Region,
                    top,
                    inPersonOnly,
                    meetingId,
                    QueryValues.Enum<RankingObjective>(objective, "objective") ?? RankingObjective.Total), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Trouver le lieu le plus central pour les membres")
            .WithDescription("Classe les lieux enregistrés (`candidates=venues`) ou toutes les communes de la région ou de France " +
                "(`candidates=communes`, `scope=region|france`) par distance totale parcourue par les membres (à vol d'oiseau), " +
                "puis par plus longue distance ; `objective=max` classe d'abord par plus longue distance (le trajet du membre le plus éloigné), puis par total. " +
                "Les lieux retirés n'y figurent pas. Pour chaque suggestion : distance totale, moyenne et maximale, la distance de chaque membre " +
                "(`approximate` quand sa position n'est connue qu'à l'échelle de l'intercommunalité ou du département, ou qu'elle est partagée " +
                "avec des membres d'autres communes), le nombre de positions approchées (`approximateMembers`) et la charge par secteur. " +
                "`inPersonOnly=true&meetingId=…` ne compte que les personnes qui ont répondu venir en présentiel. " +
                "`geometricMedian` est le point qui minimise la somme des distances, avec la commune la plus proche.")
            .ProducesClientErrors(401, 403, 404, 422);
}
