using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.CloseCallsAtDeadline;

/// <summary>Closes every published call whose deadline has passed, and tells the other modules.</summary>
public sealed record CloseCallsAtDeadline : ICommand<int>;

internal sealed class CloseCallsAtDeadlineHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<CloseCallsAtDeadline, int>
{
    public async ValueTask<int> Handle(CloseCallsAtDeadline command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Calls.Where(c => c.Status == CallStatus.Published && c.ClosesAt <= now).ToListAsync(cancellationToken);
        foreach (var call in due)
        {
            db.Publish(call.CloseAtDeadline(now)!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
