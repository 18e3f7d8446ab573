using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.GetRetentionSchedule;

/// <summary>One application the retention job will erase, and when (no personal data: ids, reason, date).</summary>
public sealed record ScheduledErasure(Guid ApplicationId, Guid CallId, RetentionReason Reason, DateTimeOffset PurgeAt);

public sealed record GetRetentionSchedule(Guid? CallId, PageRequest Paging) : IQuery<PagedResult<ScheduledErasure>>, IPagedQuery;

internal sealed class GetRetentionScheduleValidator : PagedQueryValidator<GetRetentionSchedule>;

internal sealed class GetRetentionScheduleHandler(RegistrationDbContext db, IOptions<RetentionOptions> options)
    : IQueryHandler<GetRetentionSchedule, PagedResult<ScheduledErasure>>
{
    public async ValueTask<PagedResult<ScheduledErasure>> Handle(GetRetentionSchedule query, CancellationToken cancellationToken)
    {
        IQueryable<Application> applications = db.Applications.AsNoTracking();
        if (query.CallId is { } callId)
        {
            await db.FindCallToReadAsync(callId, cancellationToken);
            applications = applications.Where(a => a.CallId == callId);
        }

        // Two delays, so two lists each ordered by its start; the page is the merge of their heads.
        var wanted = query.Paging.Skip + query.Paging.PageSize;
        var notSelected = await HeadAsync(applications.KeptFor(formerMembers: false), wanted, cancellationToken);
        var formerMembers = await HeadAsync(applications.KeptFor(formerMembers: true), wanted, cancellationToken);
        var total = await applications.KeptFor(formerMembers: false).CountAsync(cancellationToken)
            + await applications.KeptFor(formerMembers: true).CountAsync(cancellationToken);
        var items = notSelected.Concat(formerMembers)
            .Select(a => new ScheduledErasure(a.Id, a.CallId, a.Reason, options.Value.PurgeAt(a.Reason, a.From)))
            .OrderBy(e => e.PurgeAt).ThenBy(e => e.ApplicationId)
            .Skip(query.Paging.Skip).Take(query.Paging.PageSize)
            .ToList();
        return new PagedResult<ScheduledErasure>(items, query.Paging.Page, query.Paging.PageSize, total);
    }

    private static Task<List<Kept>> HeadAsync(IQueryable<Application> applications, int count, CancellationToken cancellationToken) =>
        applications.OrderBy(a => a.RetentionFrom).ThenBy(a => a.Id).Take(count)
            .Select(a => new Kept(a.Id, a.CallId, a.RetentionReason!.Value, a.RetentionFrom!.Value))
            .ToListAsync(cancellationToken);

    private sealed record Kept(Guid Id, Guid CallId, RetentionReason Reason, DateTimeOffset From);
}

internal static class GetRetentionScheduleEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/retention/schedule", async (Guid? callId, IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(new GetRetentionSchedule(callId, new PageRequest(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Calendrier des effacements automatiques (durée de conservation)")
            .WithDescription("Les candidatures qui seront effacées dans tous les modules, la date la plus proche d'abord : " +
                "personnes non retenues, en liste d'attente jamais appelées ou ayant renoncé à leur place (`Retention:NotSelectedDays` " +
                "jours après la publication du résultat), candidatures retirées (même délai après le retrait) et anciens membres " +
                "(`Retention:FormerMembersDays` jours après leur départ du groupe). `reason` : declined, waitlisted, withdrawn, " +
                "gaveUpPlace, formerMember. Filtre facultatif `callId`. Aucune donnée personnelle : des identifiants et des dates.")
            .Produces<PagedResult<ScheduledErasure>>()
            .ProducesClientErrors(400, 401, 403, 404, 422);
}
