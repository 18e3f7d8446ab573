using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>
/// A number that grows with every change partners can see: each publication adds one to a sheet's
/// revision, each archiving adds a tombstone, each erased author's name an amendment. The same number and the same query give the same
/// bytes, so the list's ETag is taken from them; the list reads it at most once per second to learn whether another
/// process changed the rows (see <see cref="PublicListCache"/>).
/// </summary>
public sealed record PublicListVersion : IQuery<long>
{
    internal static long Of(long revisions, long tombstones, long amendments) => revisions + tombstones + amendments;
}

internal sealed class PublicListVersionHandler(KnowledgeDbContext db) : IQueryHandler<PublicListVersion, long>
{
    public async ValueTask<long> Handle(PublicListVersion query, CancellationToken cancellationToken)
    {
        var marker = await db.PublicSheets.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Revisions = g.Sum(s => (long)s.Revision),
                Tombstones = g.Count(s => s.Deleted),
                Amendments = g.Sum(s => (long)s.Amendments),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return marker is null ? 0 : PublicListVersion.Of(marker.Revisions, marker.Tombstones, marker.Amendments);
    }
}
