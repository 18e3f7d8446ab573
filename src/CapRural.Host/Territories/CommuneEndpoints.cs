using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.Territories;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CapRural.Host.Territories;

internal sealed record CommuneDto(
    string Code,
    string Name,
    IReadOnlyList<string> PostalCodes,
    string DepartmentCode,
    string? DepartmentName,
    string RegionCode,
    string? EpciSiren,
    string? EpciName,
    int Population,
    double Latitude,
    double Longitude,
    LocationPrecision Precision)
{
    public static CommuneDto From(Commune commune, Gazetteer gazetteer) => new(
        commune.Code,
        commune.Name,
        commune.PostalCodes,
        commune.DepartmentCode,
        gazetteer.FindDepartment(commune.DepartmentCode)?.Name,
        commune.RegionCode,
        commune.EpciSiren,
        gazetteer.FindEpci(commune.EpciSiren)?.Name,
        commune.Population,
        commune.Location.Latitude,
        commune.Location.Longitude,
        commune.Precision);
}

/// <summary>Commune autocomplete for the website's application form.</summary>
internal static class CommuneEndpoints
{
    private const int MaxResults = 20;

    public static void MapCommuneEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/territories/communes").WithTags("Territoires").AllowAnonymous().RequireRateLimiting(RateLimits.PublicRead);

        group.MapGet("/", Search)
            .WithSummary("Rechercher une commune")
            .WithDescription("Autocomplétion : `q` (nom, sans tenir compte des accents ni des tirets, « st etienne » trouve Saint-Étienne ; " +
                "ou code postal, même partiel : « 63000 », « 150 »), `postalCode`, `department` (code, ex. 15), appliqués avant la limite. " +
                "Les noms qui contiennent tous les mots tapés d'abord, puis les plus peuplées : « clermont » donne Clermont-Ferrand en premier. " +
                "`limit` : 10 par défaut, au plus 20.")
            .ProducesClientErrors(400);

        group.MapGet("/{code}", Get)
            .WithSummary("Une commune par son code INSEE")
            .WithDescription("Accepte aussi un ancien code (commune fusionnée), qui renvoie la commune actuelle.")
            .ProducesClientErrors(404);
    }

    private static Ok<List<CommuneDto>> Search(string? q, string? postalCode, string? department, int? limit)
    {
        var gazetteer = Gazetteer.Default;
        var found = gazetteer.Find(q, department, postalCode, Math.Clamp(limit ?? 10, 1, MaxResults));
        return TypedResults.Ok(found.Select(c => CommuneDto.From(c, gazetteer)).ToList());
    }

    private static Ok<CommuneDto> Get(string code)
    {
        var gazetteer = Gazetteer.Default;
        var commune = gazetteer.FindCommune(code)
            ?? throw new NotFoundException(Localized.Pick($"Aucune commune n'a le code INSEE « {code} ».", $"No commune has the INSEE code '{code}'."));
        return TypedResults.Ok(CommuneDto.From(commune, gazetteer));
    }
}
