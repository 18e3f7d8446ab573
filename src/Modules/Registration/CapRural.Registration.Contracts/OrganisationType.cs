namespace CapRural.Registration.Contracts;

/// <summary>The kind of organisation an applicant works for.</summary>
public enum OrganisationType
{
    Commune,
    Intercommunality,
    Department,
    Region,
    TerritorialProject,
    Association,
    SocialActionCentre,
    SocialSecurityFund,
    StateService,
    Company,
    Other,
}
