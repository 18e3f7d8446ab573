using CapRural.Registration.Contracts;

namespace CapRural.Registration.Domain;

/// <summary>How a French reader names each kind of organisation (exports, e-mails).</summary>
internal static class OrganisationLabels
{
    public static string Of(OrganisationType type) => type switch
    {
        OrganisationType.Commune => "Commune",
        OrganisationType.Intercommunality => "Intercommunalité (EPCI)",
        OrganisationType.Department => "Département",
        OrganisationType.Region => "Région",
        OrganisationType.TerritorialProject => "Pays, PETR, PNR ou programme LEADER",
        OrganisationType.Association => "Association",
        OrganisationType.SocialActionCentre => "CCAS ou CIAS",
        OrganisationType.SocialSecurityFund => "CAF ou MSA",
        OrganisationType.StateService => "Service de l'État",
        OrganisationType.Company => "Entreprise",
        _ => "Autre",
    };
}
