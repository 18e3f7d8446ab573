using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Features.Shared;

/// <summary>
/// The year's meetings against the group's target ("3 à 4 réunions/an"); <c>toClose</c> counts the meetings
/// that are over but still planned, whose minutes or cancellation are missing ("à clôturer").
/// </summary>
public sealed record YearPlan(int Year, int Target, int Held, int Planned, int Cancelled, int ToClose);

public sealed record GroupView(
    Guid GroupId,
    string Name,
    int MeetingsPerYear,
    DateOnly FirstMeetingOn,
    IReadOnlyList<string> Themes,
    int MemberCount,
    YearPlan ThisYear)
{
    internal static GroupView From(WorkingGroup group, int memberCount, IEnumerable<Meeting> meetings, DateTimeOffset now, int? year = null) =>
        new(group.Id, group.Name, group.MeetingsPerYear, group.FirstMeetingOn, group.Themes, memberCount,
            Plan(group, meetings, year ?? ParisTime.ToLocal(now).Year, now));

    internal static YearPlan Plan(WorkingGroup group, IEnumerable<Meeting> meetings, int year, DateTimeOffset now)
    {
        var ofYear = meetings.Where(m => ParisTime.ToLocal(m.StartsAt).Year == year).ToList();
        return new YearPlan(year, group.MeetingsPerYear,
            ofYear.Count(m => m.Status == MeetingStatus.Held),
            ofYear.Count(m => m.Status == MeetingStatus.Planned),
            ofYear.Count(m => m.Status == MeetingStatus.Cancelled),
            ofYear.Count(m => m.IsToClose(now)));
    }
}
