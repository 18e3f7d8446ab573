using CapRural.Registration.Domain;

namespace CapRural.Registration;

/// <summary>
/// How long Registration keeps the data of people who will not (or no longer) take part (section <c>Retention</c>).
/// After the delay their application is erased in every module, as if they had asked for it.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days after the published outcome (declined, waitlisted never promoted, gave up the place) or the withdrawal.</summary>
    public int NotSelectedDays { get; set; } = 90;

    /// <summary>Days after a member left the working group.</summary>
    public int FormerMembersDays { get; set; } = 90;

    internal TimeSpan DelayFor(RetentionReason reason) =>
        TimeSpan.FromDays(reason == RetentionReason.FormerMember ? FormerMembersDays : NotSelectedDays);

    /// <summary>When an application kept for <paramref name="reason"/> since <paramref name="from"/> is erased.</summary>
    internal DateTimeOffset PurgeAt(RetentionReason reason, DateTimeOffset from) => from + DelayFor(reason);
}
