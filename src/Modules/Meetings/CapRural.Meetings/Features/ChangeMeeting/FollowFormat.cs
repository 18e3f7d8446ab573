using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.ChangeMeeting;

/// <summary>Replies follow the meeting: a new format converts or clears the answers it no longer allows.</summary>
internal static class FollowFormat
{
    /// <summary>Adjusts the replies to the meeting's format; answers, for each member whose reply changed, what their e-mail says about it.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> FollowFormatAsync(
        this MeetingsDbContext db, Meeting meeting, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var notes = new Dictionary<Guid, string>();
        var replies = await db.Rsvps.Where(r => r.MeetingId == meeting.Id).ToListAsync(cancellationToken);
        foreach (var reply in replies.Where(r => !RsvpRules.Allows(meeting.Format, r.Response)))
        {
            if (RsvpRules.Convert(meeting.Format, reply.Response) is { } converted)
            {
                reply.Change(converted, now);
                notes[reply.MemberId] = "Vous aviez répondu venir en présentiel : votre réponse est devenue « à distance ». " +
                    "Confirmez-la, ou indiquez que vous serez absent·e, depuis votre espace membre :";
            }
            else
            {
                db.Rsvps.Remove(reply);
                notes[reply.MemberId] = "Vous aviez répondu participer à distance, ce que la réunion ne permet plus : votre réponse est effacée. " +
                    "Merci de répondre à nouveau (en présentiel ou absent·e) depuis votre espace membre :";
            }
        }

        return notes;
    }
}
