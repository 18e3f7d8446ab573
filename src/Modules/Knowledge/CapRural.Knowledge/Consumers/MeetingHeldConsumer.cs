using CapRural.BuildingBlocks.Outbox;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using CapRural.Meetings.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Consumers;

/// <summary>A meeting held becomes a draft compte rendu for the coordinator; corrected minutes replace the earlier ones.</summary>
internal sealed class MeetingHeldConsumer(KnowledgeDbContext db, TimeProvider clock)
    : IdempotentEventHandler<MeetingHeld, KnowledgeDbContext>(db, clock)
{
    protected override async Task ReactAsync(MeetingHeld notification, CancellationToken cancellationToken)
    {
        var minutes = new MeetingMinutes(notification.GroupId, notification.GroupName, notification.Title, notification.StartsAtUtc,
            notification.Minutes, notification.Themes, notification.AttendeeCount, notification.OccurredAt);
        var note = await Db.MeetingNotes.FirstOrDefaultAsync(n => n.MeetingId == notification.MeetingId, cancellationToken);
        if (note is null)
        {
            Db.MeetingNotes.Add(MeetingNote.Received(notification.MeetingId, minutes, Clock.GetUtcNow()));
        }
        else
        {
            note.Replace(minutes, Clock.GetUtcNow());
        }
    }
}
