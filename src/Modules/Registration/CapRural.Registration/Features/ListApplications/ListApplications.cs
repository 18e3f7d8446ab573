using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.ListApplications;

/// <summary>The coordinator's filters over a call's applications (also used by the CSV export).</summary>
public sealed record ApplicationFilter(Guid CallId, Sector? Sector, string? Department, ApplicationStatus? Status, string? Q)
{
    /// <summary>From the query string: enums as in JSON ("socialAction"), an unknown value is a 422 on its field.</summary>
    public static ApplicationFilter Parse(Guid callId, string? sector, string? department, string? status, string? q) =>
        new(callId, QueryValues.Enum<Sector>(sector, "sector"), department, QueryValues.Enum<ApplicationStatus>(status, "status"), q);
}

public sealed record ApplicationListItem(
    Guid ApplicationId,
    string FirstName,
    string LastName,
    string? Email,
    string Organisation,
    Sector Sector,
    string Role,
    string CommuneName,
    string Department,
    string? Epci,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt);

public sealed record ListApplications(ApplicationFilter Filter, PageRequest Paging) : IQuery<PagedResult<ApplicationListItem>>, IPagedQuery;

internal sealed class ListApplicationsValidator : PagedQueryValidator<ListApplications>
{
    public ListApplicationsValidator() => RuleFor(q => q.Filter.Q).MaximumLength(200).OverridePropertyName("q");
}

internal sealed class ListApplicationsHandler(RegistrationDbContext db) : IQueryHandler<ListApplications, PagedResult<ApplicationListItem>>
{
    public async ValueTask<PagedResult<ApplicationListItem>> Handle(ListApplications query, CancellationToken cancellationToken)
    {
        await db.FindCallToReadAsync(query.Filter.CallId, cancellationToken);
        return await db.Applications.AsNoTracking()
            .Matching(query.Filter)
            .OrderBy(a => a.SubmittedAt)
            .Select(a => new ApplicationListItem(
                a.Id, a.FirstName, a.LastName, a.Email, a.Organisation, a.Sector, a.Role, a.Place.CommuneName,
                a.Place.DepartmentCode, a.Place.EpciName, a.Status, a.SubmittedAt))
            .ToPageAsync(query.Paging, cancellationToken);
    }
}

internal static class ApplicationFiltering
{
    public static IQueryable<Application> Matching(this IQueryable<Application> applications, ApplicationFilter filter)
    {
        applications = applications.Where(a => a.CallId == filter.CallId);
        if (filter.Sector is { } sector)
        {
            applications = applications.Where(a => a.Sector == sector);
        }

        if (!string.IsNullOrWhiteSpace(filter.Department))
        {
            var department = filter.Department.Trim().ToUpperInvariant();
            applications = applications.Where(a => a.Place.DepartmentCode == department);
        }

        if (filter.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            foreach (var word in Application.Normalize(filter.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                applications = applications.Where(a => a.SearchText.Contains(word));
            }
        }

        return applications;
    }
}

internal static class ListApplicationsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/calls/{callId:guid}/applications", async (Guid callId, string? sector, string? department, string? status, string? q,
                IMediator mediator, CancellationToken ct, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListApplications(ApplicationFilter.Parse(callId, sector, department, status, q), new PageRequest(page, pageSize)), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les candidatures d'un appel")
            .WithDescription("Filtres : `sector` (localDevelopment, socialAction), `department` (code), `status` (submitted, withdrawn, erased), " +
                "`q` (recherche dans les noms, l'organisation, la fonction, la commune et la motivation, sans tenir compte des accents). Par ordre d'arrivée.")
            .ProducesClientErrors(400, 401, 403, 404, 422);
}
