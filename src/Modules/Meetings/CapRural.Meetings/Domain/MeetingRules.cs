using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Meetings.Domain;

/// <summary>The rules a meeting plan keeps, whoever writes it: each broken rule names its field.</summary>
internal static class MeetingRules
{
    /// <summary>Largest body a coordinator's meeting request may have: a full agenda fits with room to spare.</summary>
    public const long RequestBytes = 64 * 1024;

    public static IReadOnlyList<(string Field, string Message)> Check(MeetingPlan plan)
    {
        var problems = new List<(string, string)>();
        if (plan.EndsAt <= plan.StartsAt)
        {
            problems.Add(("endsAt", Localized.Pick("La fin doit être après le début.", "The end must come after the start.")));
        }

        if (plan.Format is MeetingFormat.InPerson or MeetingFormat.Hybrid && plan.VenueId is null)
        {
            problems.Add(("venueId", Localized.Pick("Une réunion en présentiel ou hybride a besoin d'un lieu (venueId).", "An in-person or hybrid meeting needs a venue (venueId).")));
        }

        if (plan.Format is MeetingFormat.Remote or MeetingFormat.Hybrid && string.IsNullOrWhiteSpace(plan.OnlineUrl))
        {
            problems.Add(("onlineUrl", Localized.Pick("Une réunion à distance ou hybride a besoin d'un lien de visioconférence (onlineUrl).", "A remote or hybrid meeting needs a video-conference link (onlineUrl).")));
        }

        return problems;
    }
}
