using System.Globalization;
using System.Text;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration.Contracts;

namespace CapRural.Registration.Domain;

public enum ApplicationStatus
{
    Submitted,
    Withdrawn,
    Erased,
}

/// <summary>A person's answer to a call. The person acts on it through a private edit token.</summary>
internal sealed class Application
{
    private Application()
    {
    }

    public Guid Id { get; private set; }

    public Guid CallId { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public string FirstName { get; private set; } = "";

    public string LastName { get; private set; } = "";

    /// <summary>As typed; null once erased.</summary>
    public string? Email { get; private set; }

    /// <summary>The address as compared (<see cref="EmailKeyOf"/>): one current application per address per call.</summary>
    public string? EmailKey { get; private set; }

    public string? Phone { get; private set; }

    public string Organisation { get; private set; } = "";

    public OrganisationType OrganisationType { get; private set; }

    /// <summary>Digits only; given directly or taken from the SIRET.</summary>
    public string? Siren { get; private set; }

    public string? Siret { get; private set; }

    public string JobTitle { get; private set; } = "";

    public Sector Sector { get; private set; }

    public string Role { get; private set; } = "";

    public ApplicantPlace Place { get; private set; } = null!;

    public string Motivation { get; private set; } = "";

    public string? Expectations { get; private set; }

    public List<string> Topics { get; private set; } = [];

    public MeetingFormat? PreferredFormat { get; private set; }

    public bool? AvailableForFirstMeeting { get; private set; }

    public bool ConsentToDirectory { get; private set; }

    public DateTimeOffset ConsentGivenAt { get; private set; }

    /// <summary>Accent-free lower-case text the coordinator's search runs on.</summary>
    public string SearchText { get; private set; } = "";

    public string? EditTokenHash { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public DateTimeOffset? ErasedAt { get; private set; }

    /// <summary>What the published selection, then the group, made of this application; null until Selection publishes.</summary>
    public SelectionOutcome? Outcome { get; private set; }

    /// <summary>When the current outcome happened (its event's time), so older news arriving late never overwrites newer.</summary>
    public DateTimeOffset? OutcomeAt { get; private set; }

    /// <summary>Why the person's data will be erased automatically; null while they are applying, selected or a member.</summary>
    public RetentionReason? RetentionReason { get; private set; }

    /// <summary>Since when the retention delay of <see cref="RetentionReason"/> runs.</summary>
    public DateTimeOffset? RetentionFrom { get; private set; }

    /// <summary>Concurrency token: two writers of one application (parallel withdrawals, erasures) cannot both win.</summary>
    public long Version { get; private set; }

    public static Application Submit(Guid callId, ApplicationForm form, ApplicantPlace place, string editTokenHash, DateTimeOffset now)
    {
        var application = new Application
        {
            Id = SortableId.New(),
            CallId = callId,
            Status = ApplicationStatus.Submitted,
            EditTokenHash = editTokenHash,
            SubmittedAt = now,
            ConsentGivenAt = now,
        };
        application.Fill(form, place, now);
        return application;
    }

    /// <summary>Case, invisible characters, compatibility forms, look-alike letters and a trailing dot in the domain do not make another address.</summary>
    public static string EmailKeyOf(string email) => Domain.EmailKey.Of(email);

    public void Correct(ApplicationForm form, ApplicantPlace place, DateTimeOffset now)
    {
        EnsureActive();
        Fill(form, place, now);
    }

    public void Withdraw(DateTimeOffset now)
    {
        EnsureActive();
        Status = ApplicationStatus.Withdrawn;
        WithdrawnAt = now;
        RetentionReason = Domain.RetentionReason.Withdrawn;
        RetentionFrom = now;
        Touch(now);
    }

    /// <summary>
    /// Records what Selection or Meetings said about this application. Events of two modules may arrive
    /// in any order and twice: an outcome older than the one recorded is ignored, and nothing is
    /// recorded about an erased person. Returns whether anything changed.
    /// </summary>
    public bool RecordOutcome(SelectionOutcome outcome, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        // Leaving the group makes Selection free the place just after (GaveUpPlace): one departure, which
        // "former member" tells better, whichever of the two events arrives first.
        var sameDeparture = (Outcome, outcome) is (SelectionOutcome.FormerMember, SelectionOutcome.GaveUpPlace) or (SelectionOutcome.GaveUpPlace, SelectionOutcome.FormerMember);
        if (Status == ApplicationStatus.Erased
            || (sameDeparture && outcome == SelectionOutcome.GaveUpPlace)
            || (!sameDeparture && OutcomeAt is { } known && occurredAt < known)
            || (Outcome == outcome && OutcomeAt == occurredAt))
        {
            return false;
        }

        Outcome = outcome;
        OutcomeAt = occurredAt;
        // A withdrawal keeps its own clock: the person left before anything else was decided for them.
        if (Status == ApplicationStatus.Submitted)
        {
            RetentionReason = RetentionFor(outcome);
            RetentionFrom = RetentionReason is null ? null : occurredAt;
        }

        Touch(now);
        return true;
    }

    private static RetentionReason? RetentionFor(SelectionOutcome outcome) => outcome switch
    {
        SelectionOutcome.Declined => Domain.RetentionReason.Declined,
        SelectionOutcome.Waitlisted => Domain.RetentionReason.Waitlisted,
        SelectionOutcome.GaveUpPlace => Domain.RetentionReason.GaveUpPlace,
        SelectionOutcome.FormerMember => Domain.RetentionReason.FormerMember,
        _ => null,
    };

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    /// <summary>
    /// GDPR erasure: everything that identifies the person goes; what remains (sector, territory,
    /// organisation type, topics) only feeds anonymous counts.
    /// </summary>
    public void Erase(DateTimeOffset now)
    {
        if (Status == ApplicationStatus.Erased)
        {
            return;
        }

        Status = ApplicationStatus.Erased;
        FirstName = "";
        LastName = "";
        Email = null;
        EmailKey = null;
        Phone = null;
        Organisation = "";
        Siren = null;
        Siret = null;
        JobTitle = "";
        Role = "";
        Motivation = "";
        Expectations = null;
        ConsentToDirectory = false;
        SearchText = "";
        EditTokenHash = null;
        ErasedAt = now;
        RetentionReason = null;
        RetentionFrom = null;
        Touch(now);
    }

    public ApplicantProfile ToProfile() => new(
        FirstName, LastName, Email ?? "", Phone, Organisation, OrganisationType, JobTitle, Sector, Role,
        Place.CommuneCode, Place.CommuneName, Place.DepartmentCode, Place.EpciSiren, Place.EpciName,
        Place.Latitude, Place.Longitude, Place.Precision, Motivation, Expectations, Topics,
        PreferredFormat, AvailableForFirstMeeting, ConsentToDirectory);

    private void EnsureActive()
    {
        if (Status != ApplicationStatus.Submitted)
        {
            throw new ConflictException(Status == ApplicationStatus.Withdrawn
                ? Localized.Pick("Cette candidature a été retirée.", "This application was withdrawn.")
                : Localized.Pick("Cette candidature a été effacée.", "This application was erased."));
        }
    }

    private void Fill(ApplicationForm form, ApplicantPlace place, DateTimeOffset now)
    {
        FirstName = form.FirstName!.Trim();
        LastName = form.LastName!.Trim();
        Email = form.Email!.Trim();
        EmailKey = EmailKeyOf(form.Email);
        Phone = string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim();
        Organisation = form.Organisation!.Trim();
        OrganisationType = form.OrganisationType!.Value;
        Siret = OrganisationNumbers.Clean(form.Siret);
        Siren = OrganisationNumbers.Clean(form.Siren) ?? Siret?[..OrganisationNumbers.SirenLength];
        JobTitle = form.JobTitle!.Trim();
        Sector = form.Sector!.Value;
        Role = form.Role!.Trim();
        Place = place;
        Motivation = form.Motivation!.Trim();
        Expectations = string.IsNullOrWhiteSpace(form.Expectations) ? null : form.Expectations.Trim();
        Topics = (form.Topics ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        PreferredFormat = form.PreferredFormat;
        AvailableForFirstMeeting = form.AvailableForFirstMeeting;
        ConsentToDirectory = form.ConsentToDirectory;
        SearchText = Normalize(string.Join(' ', FirstName, LastName, Email, Organisation, JobTitle, Role, place.CommuneName, Motivation, string.Join(' ', Topics)));
        Touch(now);
    }

    /// <summary>Lower case without accents, so "Velo" finds "vélo".</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
