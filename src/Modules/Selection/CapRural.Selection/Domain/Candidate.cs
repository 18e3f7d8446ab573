using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration.Contracts;
using CapRural.Selection.Contracts;

namespace CapRural.Selection.Domain;

public enum CandidateStatus
{
    Active,
    Withdrawn,
    Erased,
}

public enum Decision
{
    Accepted,
    Waitlisted,
    Declined,
}

public enum OfferResponse
{
    Confirmed,
    Declined,
}

/// <summary>An applicant as Selection sees them: a local copy fed by Registration's events.</summary>
internal sealed class Candidate
{
    private Candidate()
    {
    }

    public Guid Id { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid CallId { get; private set; }

    public CandidateStatus Status { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    public string? Email { get; private set; }

    /// <summary>Kept only to mask it in the texts reviewers read.</summary>
    public string? Phone { get; private set; }

    public string Organisation { get; private set; } = "";

    public OrganisationType OrganisationType { get; private set; }

    /// <summary>The SIREN the applicant gave (digits), the surest sign that two people share an employer.</summary>
    public string? OrganisationSiren { get; private set; }

    /// <summary>The coordinator's grouping (merged with others, or split apart); null leaves it to SIREN and name.</summary>
    public string? OrganisationGroup { get; private set; }

    public string JobTitle { get; private set; } = "";

    public Sector Sector { get; private set; }

    public string Role { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public string CommuneName { get; private set; } = "";

    public string DepartmentCode { get; private set; } = "";

    public string? EpciSiren { get; private set; }

    public string? EpciName { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public string LocationPrecision { get; private set; } = "";

    public string Motivation { get; private set; } = "";

    public string? Expectations { get; private set; }

    public List<string> Topics { get; private set; } = [];

    /// <summary>Words or phrases the coordinator masks in the texts reviewers read, on top of the person's own details.</summary>
    public List<string> Redactions { get; private set; } = [];

    public bool ConsentToDirectory { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public Decision? Decision { get; private set; }

    /// <summary>The coordinator decided by hand (not by applying a proposal): a later proposal keeps it unless told otherwise.</summary>
    public bool DecidedManually { get; private set; }

    /// <summary>An accepted person answers by then, or the offer lapses and the place goes to the waiting list.</summary>
    public DateTimeOffset? ResponseDueAt { get; private set; }

    /// <summary>The offer lapsed unanswered at this moment.</summary>
    public DateTimeOffset? LapsedAt { get; private set; }

    /// <summary>The decision last sent to the person: publishing again writes only when it differs.</summary>
    public Decision? PublishedDecision { get; private set; }

    /// <summary>
    /// Bumped by every change of decision, publication or answer: the ETag clients send back in If-Match,
    /// and the concurrency token that makes a second, racing publication or answer fail instead of repeating.
    /// </summary>
    public int Version { get; private set; } = 1;

    public string? ConfirmationTokenHash { get; private set; }

    public OfferResponse? Response { get; private set; }

    public Guid? SuggestedReplacementId { get; private set; }

    /// <summary>When the coordinator last decided, the person was last told, and the person last answered: their export shows these dates.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public DateTimeOffset? NotifiedAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public static Candidate FromApplication(Guid applicationId, Guid callId, ApplicantProfile profile, string? siren, DateTimeOffset submittedAt)
    {
        var candidate = new Candidate { Id = SortableId.New(), ApplicationId = applicationId, CallId = callId, SubmittedAt = submittedAt };
        candidate.Refresh(profile, siren);
        return candidate;
    }

    public bool IsActive => Status == CandidateStatus.Active;

    public string Name => $"{FirstName} {LastName}".Trim();

    public void Refresh(ApplicantProfile profile, string? siren)
    {
        if (Status == CandidateStatus.Erased)
        {
            return;
        }

        FirstName = profile.FirstName;
        LastName = profile.LastName;
        Email = profile.Email;
        Phone = profile.Phone;
        Organisation = profile.Organisation;
        OrganisationType = profile.OrganisationType;
        OrganisationSiren = siren;
        JobTitle = profile.JobTitle;
        Sector = profile.Sector;
        Role = profile.Role;
        CommuneCode = profile.CommuneCode;
        CommuneName = profile.CommuneName;
        DepartmentCode = profile.DepartmentCode;
        EpciSiren = profile.EpciSiren;
        EpciName = profile.EpciName;
        Latitude = profile.Latitude;
        Longitude = profile.Longitude;
        LocationPrecision = profile.LocationPrecision;
        Motivation = profile.Motivation;
        Expectations = profile.Expectations;
        Topics = [.. profile.Topics];
        ConsentToDirectory = profile.ConsentToDirectory;
    }

    public void GroupOrganisation(string? group) => OrganisationGroup = group;

    public void Redact(IEnumerable<string> phrases) => Redactions = [.. phrases];

    public void Withdraw()
    {
        if (Status == CandidateStatus.Active)
        {
            Status = CandidateStatus.Withdrawn;
        }
    }

    /// <summary>GDPR erasure: only sector, department and organisation type stay, for anonymous counts.</summary>
    public void Erase()
    {
        Status = CandidateStatus.Erased;
        FirstName = "";
        LastName = "";
        Email = null;
        Phone = null;
        Organisation = "";
        OrganisationSiren = null;
        OrganisationGroup = null;
        JobTitle = "";
        Role = "";
        CommuneCode = "";
        CommuneName = "";
        EpciSiren = null;
        EpciName = null;
        Latitude = 0;
        Longitude = 0;
        LocationPrecision = "";
        Motivation = "";
        Expectations = null;
        Topics = [];
        Redactions = [];
        ConsentToDirectory = false;
        ConfirmationTokenHash = null;
    }

    public void Decide(Decision decision, DateTimeOffset now, bool manually)
    {
        Decision = decision;
        DecidedManually = manually;
        DecidedAt = now;
        Version++;
    }

    /// <summary>
    /// The person was told they have a place and has not given it up: a decline, a withdrawal, a departure
    /// from the group or a coordinator's change of decision frees it, once.
    /// </summary>
    public bool HoldsPlace => PublishedDecision == Domain.Decision.Accepted && Response != OfferResponse.Declined;

    /// <summary>Records that the person was told; an accepted person gets a fresh confirmation token.</summary>
    public void MarkPublished(string? confirmationTokenHash, DateTimeOffset now, DateTimeOffset? responseDueAt)
    {
        PublishedDecision = Decision;
        NotifiedAt = now;
        ConfirmationTokenHash = confirmationTokenHash;
        ResponseDueAt = responseDueAt;
        LapsedAt = null;
        Response = null;
        Version++;
    }

    /// <summary>The person asked for their link again: a fresh one replaces the lost one, the deadline stays.</summary>
    public void ReissueConfirmationToken(string confirmationTokenHash)
    {
        ConfirmationTokenHash = confirmationTokenHash;
        Version++;
    }

    /// <summary>Offered a place and silent past the deadline.</summary>
    public bool OfferLapsedAt(DateTimeOffset now) => HoldsPlace && Response is null && ResponseDueAt <= now;

    /// <summary>The place is freed as for a decline, remembering that the person did not answer.</summary>
    public void Lapse(Guid? suggestedReplacementId, DateTimeOffset now)
    {
        DeclineOffer(suggestedReplacementId, now);
        LapsedAt = now;
    }

    public void Confirm(DateTimeOffset now)
    {
        Response = OfferResponse.Confirmed;
        RespondedAt = now;
        Version++;
    }

    /// <summary>
    /// The person gives up the place (declines, even after confirming; withdraws; leaves the group): it is
    /// freed, and they are not written to again for it. The confirmation link keeps answering "declined",
    /// so a second click is told the truth instead of "invalid link".
    /// </summary>
    public void DeclineOffer(Guid? suggestedReplacementId, DateTimeOffset now)
    {
        Response = OfferResponse.Declined;
        Decision = Domain.Decision.Declined;
        PublishedDecision = Domain.Decision.Declined;
        SuggestedReplacementId = suggestedReplacementId;
        RespondedAt = now;
        Version++;
    }

    /// <summary>The coordinator took back a place already announced: the decision itself is announced by the next publication.</summary>
    public void LosePlace(Guid? suggestedReplacementId)
    {
        SuggestedReplacementId = suggestedReplacementId;
        Version++;
    }

    public SelectedPerson ToSelectedPerson() => new(
        FirstName, LastName, Email ?? "", Organisation, Sector, Role, CommuneCode, CommuneName, DepartmentCode,
        EpciSiren, EpciName, Latitude, Longitude, LocationPrecision, Topics, ConsentToDirectory);
}
