using CapRural.BuildingBlocks.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Access;

/// <summary>Answers the modules' read-only question about keys by id; never the key nor its hash.</summary>
internal sealed class DescribeApiKeysHandler(AccessDbContext db) : IQueryHandler<DescribeApiKeys, IReadOnlyList<ApiKeyDescription>>
{
    public async ValueTask<IReadOnlyList<ApiKeyDescription>> Handle(DescribeApiKeys query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().ToList();
        return await db.ApiKeys.AsNoTracking()
            .Where(k => ids.Contains(k.Id))
            .Select(k => new ApiKeyDescription(k.Id, k.Name, k.Role, k.RevokedAt == null))
            .ToListAsync(cancellationToken);
    }
}
