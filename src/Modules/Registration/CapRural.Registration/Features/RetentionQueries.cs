using CapRural.BuildingBlocks.PersonalData;
using CapRural.Registration.Domain;

namespace CapRural.Registration.Features;

internal static class RetentionQueries
{
    /// <summary>Applications that will be erased automatically one day, for the given reasons.</summary>
    public static IQueryable<Application> KeptFor(this IQueryable<Application> applications, bool formerMembers) =>
        formerMembers
            ? applications.Where(a => a.Status != ApplicationStatus.Erased && a.RetentionReason == RetentionReason.FormerMember)
            : applications.Where(a => a.Status != ApplicationStatus.Erased && a.RetentionReason != null && a.RetentionReason != RetentionReason.FormerMember);

    /// <summary>Applications whose retention delay has passed at <paramref name="now"/>.</summary>
    public static IQueryable<Application> DueForErasure(this IQueryable<Application> applications, RetentionOptions options, DateTimeOffset now)
    {
        var notSelectedBefore = now - TimeSpan.FromDays(options.NotSelectedDays);
        var formerMembersBefore = now - TimeSpan.FromDays(options.FormerMembersDays);
        return applications.Where(a => a.Status != ApplicationStatus.Erased && a.RetentionReason != null && (
            (a.RetentionReason == RetentionReason.FormerMember && a.RetentionFrom <= formerMembersBefore)
            || (a.RetentionReason != RetentionReason.FormerMember && a.RetentionFrom <= notSelectedBefore)));
    }
}
