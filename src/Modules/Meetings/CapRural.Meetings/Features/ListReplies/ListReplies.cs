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

namespace CapRural.Meetings.Features.ListReplies;

/// <summary>One member of the group and what they said; <c>present</c> stays null until attendance is recorded.</summary>
public sealed record MemberReplyView(
    Guid MemberId,
    string FirstName,
    string LastName,
    string Organisation,
    Sector Sector,
    string CommuneName,
    RsvpResponse? Response,
    DateTimeOffset? AnsweredAt,
    bool? Present);

public sealed record MeetingRepliesView(
    Guid MeetingId,
    string Title,
    string StartsAt,
    MeetingFormat Format,
    MeetingStatus Status,
    ResponseCounts Responses,
    IReadOnlyList<MemberReplyView> Members);

public sealed record ListReplies(Guid MeetingId) : IQuery<MeetingRepliesView>;

internal sealed class ListRepliesHandler(MeetingsDbContext db) : IQueryHandler<ListReplies, MeetingRepliesView>
{
    public async ValueTask<MeetingRepliesView> Handle(ListReplies query, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingAsync(query.MeetingId, cancellationToken);
        // Members still in the group: someone who left is neither asked nor counted.
        var members = await db.ActiveMembers(meeting.GroupId).AsNoTracking().ToListAsync(cancellationToken);
        var rsvps = await db.Rsvps.AsNoTracking().Where(r => r.MeetingId == meeting.Id).ToDictionaryAsync(r => r.MemberId, cancellationToken);
        var recorded = meeting.AttendanceRecordedAt is not null;
        var view = await db.ViewAsync(meeting, cancellationToken);
        return new MeetingRepliesView(meeting.Id, meeting.Title, view.StartsAt, meeting.Format, meeting.Status, view.Responses,
            [.. members.OrderBy(m => m.LastName, StringComparer.CurrentCulture).ThenBy(m => m.FirstName, StringComparer.CurrentCulture)
                .Select(m => new MemberReplyView(m.Id, m.FirstName, m.LastName, m.Organisation, m.Sector, m.CommuneName,
                    rsvps.GetValueOrDefault(m.Id)?.Response, rsvps.GetValueOrDefault(m.Id)?.AnsweredAt,
                    recorded ? meeting.Present.Contains(m.Id) : null))]);
    }
}

internal static class ListRepliesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/meetings/{meetingId:guid}/replies", async (Guid meetingId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListReplies(meetingId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Voir qui vient à une réunion")
            .WithDescription("Chaque membre du groupe avec sa réponse (`inPerson`, `remote`, `absent`, ou null sans réponse), " +
                "la date de sa réponse et, une fois les présences enregistrées, s'il ou elle est venu·e. " +
                "Le même tableau pour Excel : `GET /api/meetings/{meetingId}/replies.csv`.")
            .ProducesClientErrors(401, 403, 404);
}
