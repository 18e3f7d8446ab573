using CapRural.BuildingBlocks.Contracts;
using CapRural.Registration.Contracts;

namespace CapRural.Selection.Tests;

internal static class Profiles
{
    public static ApplicantProfile Camille() => new(
        "Camille", "Martin", "camille@example.org", null, "CCAS de Thiers", OrganisationType.SocialActionCentre,
        "Travailleuse sociale", Sector.SocialAction, "travailleur social", "63430", "Thiers", "63", "246300966", "CC Thiers Dore et Montagne",
        45.85, 3.55, "commune", "Croiser nos pratiques.", null, ["mobilité"], MeetingFormat.Hybrid, true, true);
}
