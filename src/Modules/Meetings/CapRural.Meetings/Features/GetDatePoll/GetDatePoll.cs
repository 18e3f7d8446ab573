using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.GetDatePoll;

public sealed record GetDatePoll(Guid PollId, Caller Caller) : IQuery<DatePollView>;

internal sealed class GetDatePollHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetDatePoll, DatePollView>
{
    public async ValueTask<DatePollView> Handle(GetDatePoll query, CancellationToken cancellationToken)
    {
        if (query.Caller.IsCoordinator)
        {
            return await db.ViewAsync(await db.FindPollAsync(query.PollId, cancellationToken), null, clock.GetUtcNow(), cancellationToken);
        }

        var (poll, member) = await db.FindPollForMemberAsync(query.PollId, query.Caller, cancellationToken);
        return await db.ViewAsync(poll, member.Id, clock.GetUtcNow(), cancellationToken);
    }
}

internal static class GetDatePollEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/date-polls/{pollId:guid}", async (Guid pollId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDatePoll(pollId, Caller.From(http.User)), ct)))
            .RequireAuthorization(Policies.MemberOrCoordinator)
            .WithSummary("Consulter un sondage de dates et ses résultats")
            .WithDescription("Pour la coordination ou un membre du groupe (X-Member-Token). La coordination voit qui a voté quoi (`voters`), un membre ses propres votes (`myVotes`) et les totaux. Les dates sont classées par disponibilité " +
                "(oui = 2 points, si nécessaire = 1), puis selon que les deux secteurs (développement local et action sociale) peuvent venir.")
            .ProducesClientErrors(401, 403, 404);
}
