using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.GetGroup;

public sealed record GetGroup(Guid GroupId, int? Year) : IQuery<GroupView>;

internal sealed class GetGroupValidator : AbstractValidator<GetGroup>
{
    public GetGroupValidator() => RuleFor(q => q.Year).CycleYear();
}

internal sealed class GetGroupHandler(MeetingsDbContext db, TimeProvider clock) : IQueryHandler<GetGroup, GroupView>
{
    public async ValueTask<GroupView> Handle(GetGroup query, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(query.GroupId, cancellationToken);
        var members = await db.ActiveMembers(group.Id).CountAsync(cancellationToken);
        var meetings = await db.Meetings.AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(cancellationToken);
        return GroupView.From(group, members, meetings, clock.GetUtcNow(), query.Year);
    }
}

internal static class GetGroupEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/groups/{groupId:guid}", async (Guid groupId, IMediator mediator, CancellationToken ct, int? year = null) =>
                TypedResults.Ok(await mediator.Send(new GetGroup(groupId, year), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Consulter un groupe de travail")
            .WithDescription("Nom, objectif de réunions par an, nombre de membres et bilan de l'année (`thisYear` : réunions tenues, prévues, annulées, " +
                "et passées mais ni tenues ni annulées, « à clôturer », `toClose`). `year=2022` donne le bilan de cette année-là au lieu de l'année en cours. " +
                "Le rapport détaillé de l'année : `GET /api/groups/{groupId}/report?year=…` (JSON) ou `report.md` (Markdown).")
            .ProducesClientErrors(401, 403, 404, 422);
}
