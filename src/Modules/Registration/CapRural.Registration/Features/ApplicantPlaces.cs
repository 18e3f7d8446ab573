using CapRural.Registration.Domain;
using CapRural.Territories;

namespace CapRural.Registration.Features;

internal static class ApplicantPlaces
{
    /// <summary>Resolves a validated INSEE code (an old code gives the current commune).</summary>
    public static ApplicantPlace Resolve(this Gazetteer gazetteer, string communeCode)
    {
        var commune = gazetteer.FindCommune(communeCode) ?? throw new InvalidOperationException("Commune code was not validated");
        return new ApplicantPlace(
            commune.Code,
            commune.Name,
            commune.DepartmentCode,
            gazetteer.FindDepartment(commune.DepartmentCode)?.Name ?? commune.DepartmentCode,
            commune.EpciSiren,
            gazetteer.FindEpci(commune.EpciSiren)?.Name,
            commune.Location.Latitude,
            commune.Location.Longitude,
            commune.Precision.ToString().ToLowerInvariant());
    }
}
