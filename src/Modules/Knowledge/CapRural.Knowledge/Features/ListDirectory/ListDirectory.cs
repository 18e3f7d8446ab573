using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ListDirectory;

/// <summary>The "qui fait quoi" directory: current members who consent (at application or since, with their token), in name order.</summary>
public sealed record ListDirectory(PageRequest Paging, string? Topic, string? Department, Sector? Sector)
    : IQuery<PagedResult<DirectoryEntry>>, IPagedQuery;

/// <summary>What the directory shows of a member — never an e-mail address nor a phone number.</summary>
public sealed record DirectoryEntry(
    string Name,
    string Organisation,
    string Role,
    Sector Sector,
    string Department,
    string? Epci,
    IReadOnlyList<string> Topics);

internal sealed class ListDirectoryValidator : PagedQueryValidator<ListDirectory>
{
    public ListDirectoryValidator()
    {
        RuleFor(q => q.Topic).MaximumLength(100).OverridePropertyName("topic");
        RuleFor(q => q.Department).MaximumLength(3).OverridePropertyName("department");
    }
}

internal sealed class ListDirectoryHandler(KnowledgeDbContext db) : IQueryHandler<ListDirectory, PagedResult<DirectoryEntry>>
{
    public async ValueTask<PagedResult<DirectoryEntry>> Handle(ListDirectory query, CancellationToken cancellationToken)
    {
        var members = db.Members.AsNoTracking().Where(m => m.ListedInDirectory);
        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            var key = TextFolding.Fold(query.Topic);
            members = members.Where(m => m.TopicKeys.Contains(key));
        }

        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            var department = query.Department.Trim().ToUpperInvariant();
            members = members.Where(m => m.DepartmentCode == department);
        }

        if (query.Sector is { } sector)
        {
            members = members.Where(m => m.Sector == sector);
        }

        var page = await members.OrderBy(m => m.Name).ThenBy(m => m.ApplicationId).ToPageAsync(query.Paging, cancellationToken);
        return new PagedResult<DirectoryEntry>(
            [.. page.Items.Select(m => new DirectoryEntry(m.Name, m.Organisation, m.Role, m.Sector, m.DepartmentCode, m.EpciName, m.Topics))],
            page.Page, page.PageSize, page.Total);
    }
}

internal static class ListDirectoryEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/public/directory", async (IMediator mediator, CancellationToken ct,
                string? topic, string? department, string? sector, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListDirectory(new PageRequest(page, pageSize), topic, department, QueryValues.Enum<Sector>(sector, "sector")), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicRead)
            .WithSummary("Annuaire « qui fait quoi »")
            .WithDescription("Les membres des groupes de travail qui ont accepté de figurer dans l'annuaire (lors de leur candidature, ou depuis " +
                "leur espace membre : PUT /api/me/directory-consent) : " +
                "nom, structure, fonction, secteur, département, EPCI et sujets. Jamais d'adresse électronique ni de téléphone. " +
                "Filtres : `topic` (sans tenir compte des accents ni de la casse), `department` (code, ex. `63`), " +
                "`sector` (`localDevelopment` | `socialAction`). Un membre qui se désiste, quitte le groupe (ou en est retiré), retire " +
                "son consentement ou demande l'effacement de ses données disparaît aussitôt de l'annuaire.")
            .Produces<PagedResult<DirectoryEntry>>()
            .ProducesClientErrors(422, 429);
}
