using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Meetings.Features.IssueCalendarLink;

public sealed record IssueCalendarLink(Guid GroupId, Caller Caller, string ApiBaseUrl) : ICommand<CalendarLink>;

/// <summary>The subscription URL, shown once: only its hash is kept.</summary>
public sealed record CalendarLink(string Url);

internal sealed class IssueCalendarLinkHandler(MeetingsDbContext db) : ICommandHandler<IssueCalendarLink, CalendarLink>
{
    public async ValueTask<CalendarLink> Handle(IssueCalendarLink command, CancellationToken cancellationToken)
    {
        var member = await db.FindMemberAsync(command.Caller, cancellationToken);
        if (member.GroupId != command.GroupId)
        {
            throw new NotFoundException(Localized.Pick("Groupe de travail introuvable.", "Working group not found."));
        }

        var token = SecretToken.New("cal_");
        member.IssueFeedToken(SecretToken.Hash(token));
        await db.SaveChangesAsync(cancellationToken);
        return new CalendarLink($"{command.ApiBaseUrl.TrimEnd('/')}/api/groups/{member.GroupId}/calendar.ics?token={Uri.EscapeDataString(token)}");
    }
}

internal static class IssueCalendarLinkEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/groups/{groupId:guid}/calendar-link", async (Guid groupId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new IssueCalendarLink(groupId, Caller.From(http.User),
                    $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}"), ct)))
            .RequireAuthorization(Policies.Member)
            .WithSummary("Obtenir le lien d'abonnement au calendrier du groupe")
            .WithDescription("Avec le jeton de membre (X-Member-Token). Le lien contient un secret propre au calendrier, " +
                "car les applications d'agenda ne savent pas envoyer d'en-tête ; en demander un nouveau désactive l'ancien.")
            .ProducesClientErrors(401, 403, 404);
}
