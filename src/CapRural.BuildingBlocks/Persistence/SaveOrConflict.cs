using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CapRural.BuildingBlocks.Persistence;

public static class SaveOrConflict
{
    /// <summary>
    /// Saves, or answers with <paramref name="conflict"/> (a 409, or a 412 for a stale If-Match) when a
    /// parallel request changed the same rows first: nothing of this unit of work — state, events,
    /// e-mails — is written then, and the client is told instead of getting a 500.
    /// </summary>
    public static async Task SaveOrConflictAsync(this DbContext db, Func<AppException> conflict, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw conflict();
        }
    }
}
