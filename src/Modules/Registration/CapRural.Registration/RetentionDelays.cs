using CapRural.BuildingBlocks.PersonalData;
using CapRural.Registration.Domain;

namespace CapRural.Registration;

/// <summary>The retention delay of each reason an application is kept for.</summary>
internal static class RetentionDelays
{
    public static TimeSpan DelayFor(this RetentionOptions options, RetentionReason reason) =>
        TimeSpan.FromDays(reason == RetentionReason.FormerMember ? options.FormerMembersDays : options.NotSelectedDays);

    /// <summary>When an application kept for <paramref name="reason"/> since <paramref name="from"/> is erased.</summary>
    public static DateTimeOffset PurgeAt(this RetentionOptions options, RetentionReason reason, DateTimeOffset from) => from + options.DelayFor(reason);
}
