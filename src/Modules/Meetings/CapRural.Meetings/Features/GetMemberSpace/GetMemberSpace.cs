using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.GetMemberSpace;

/// <summary>A meeting as the member sees it: where, how, and what they answered (null: not yet); <c>present</c> once attendance is recorded.</summary>
public sealed record MyMeetingView(
    Guid MeetingId,
    string Title,
    string StartsAt,
    string EndsAt,
    MeetingFormat Format,
    MeetingStatus Status,
    string? VenueName,
    string? VenueAddress,
    string? OnlineUrl,
    IReadOnlyList<string> Agenda,
    RsvpResponse? MyResponse,
    bool? Present,
    bool HasMinutes);

public sealed record MinutesView(Guid MeetingId, string Title, string StartsAt, string Minutes);

public sealed record MyPollView(Guid PollId, string Title, DatePollStatus Status, bool Voted, Guid? ChosenOptionId);

public sealed record MemberSpaceView(
    Guid MemberId,
    string FirstName,
    Guid GroupId,
    string GroupName,
    IReadOnlyList<MyMeetingView> Upcoming,
    IReadOnlyList<MyMeetingView> Past,
    IReadOnlyList<MinutesView> Minutes,
    IReadOnlyList<MyPollView> Polls);

public sealed record GetMemberSpace : IQuery<MemberSpaceView>
{
    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class GetMemberSpaceHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetMemberSpace, MemberSpaceView>
{
    public async ValueTask<MemberSpaceView> Handle(GetMemberSpace query, CancellationToken cancellationToken)
    {
        var member = await db.FindMemberAsync(query.Caller, cancellationToken);
        var group = await db.FindGroupAsync(member.GroupId, cancellationToken);
        var now = clock.GetUtcNow();
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(cancellationToken);
        var venueIds = meetings.Select(m => m.VenueId).OfType<Guid>().Distinct().ToList();
        var venues = await db.Venues.AsNoTracking().Where(v => venueIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        var replies = await db.Rsvps.AsNoTracking().Where(r => r.MemberId == member.Id).ToDictionaryAsync(r => r.MeetingId, r => r.Response, cancellationToken);
        var polls = await db.DatePolls.AsNoTracking().Where(p => p.GroupId == group.Id).ToListAsync(cancellationToken);
        var voted = await db.PollVotes.AsNoTracking().Where(v => v.MemberId == member.Id).Select(v => v.PollId).Distinct().ToListAsync(cancellationToken);

        MyMeetingView View(Meeting m)
        {
            var venue = m.VenueId is { } id ? venues.GetValueOrDefault(id) : null;
            return new MyMeetingView(m.Id, m.Title, ParisTime.FormatIso(m.StartsAt), ParisTime.FormatIso(m.EndsAt), m.Format, m.Status,
                venue?.Name, venue is null ? null : $"{venue.Address}, {venue.CommuneName}", m.OnlineUrl, m.Agenda,
                replies.TryGetValue(m.Id, out var response) ? response : null,
                m.AttendanceRecordedAt is null ? null : m.Present.Contains(member.Id),
                m.Minutes is not null);
        }

        return new MemberSpaceView(member.Id, member.FirstName, group.Id, group.Name,
            [.. meetings.Where(m => m.EndsAt > now).OrderBy(m => m.StartsAt).Select(View)],
            [.. meetings.Where(m => m.EndsAt <= now).OrderByDescending(m => m.StartsAt).Select(View)],
            [.. meetings.Where(m => m.Minutes is not null).OrderByDescending(m => m.StartsAt)
                .Select(m => new MinutesView(m.Id, m.Title, ParisTime.FormatIso(m.StartsAt), m.Minutes!))],
            [.. polls.OrderByDescending(p => p.CreatedAt).Select(p => new MyPollView(p.Id, p.Title, p.Status, voted.Contains(p.Id), p.ChosenOptionId))]);
    }
}

internal static class GetMemberSpaceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/me", async (HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var space = await mediator.Send(new GetMemberSpace { Caller = Caller.From(http.User) }, ct);
                // The member's own answers and the group's minutes: never kept by a shared cache.
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Ok(space);
            })
            .RequireAuthorization(Policies.Member)
            .WithSummary("Mon espace membre")
            .WithDescription("Avec son jeton de membre (X-Member-Token) : les réunions du groupe à venir et passées avec sa propre réponse " +
                "(et sa présence une fois notée), les comptes rendus du groupe, et les sondages de dates en indiquant s'il ou elle a voté.")
            .ProducesClientErrors(401, 403);
}
