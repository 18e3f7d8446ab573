using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace CapRural.Host.Access;

internal sealed record ApiKeyIdentity(Guid Id, string Name, string Role);

internal sealed record CreatedApiKey(Guid Id, string Name, string Role, string Key);

internal sealed record ApiKeySummary(Guid Id, string Name, string Role, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>Creates, lists, revokes and verifies API keys. Verification is cached briefly per key hash.</summary>
internal sealed class ApiKeyService(AccessDbContext db, IMemoryCache cache, TimeProvider clock)
{
    // Short, because another host may revoke the key: every host stops accepting it within this delay (ADR 0011).
    private static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(5);

    public async Task<CreatedApiKey> CreateAsync(string name, string role, CancellationToken cancellationToken)
    {
        var key = SecretToken.New("cr_");
        var apiKey = new ApiKey
        {
            Id = SortableId.New(),
            Name = name.Trim(),
            Role = role,
            KeyHash = SecretToken.Hash(key),
            Prefix = key[..8],
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(apiKey.Id, apiKey.Name, apiKey.Role, key);
    }

    public Task<List<ApiKeySummary>> ListAsync(CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking()
            .OrderBy(k => k.CreatedAt)
            .Select(k => new ApiKeySummary(k.Id, k.Name, k.Role, k.Prefix, k.CreatedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Returns false when no such key exists.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var apiKey = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (apiKey is null)
        {
            return false;
        }

        apiKey.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(apiKey.KeyHash);
        return true;
    }

    public async Task<ApiKeyIdentity?> VerifyAsync(string key, CancellationToken cancellationToken)
    {
        var hash = SecretToken.Hash(key);
        if (cache.TryGetValue(hash, out ApiKeyIdentity? cached))
        {
            return cached;
        }

        var identity = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new ApiKeyIdentity(k.Id, k.Name, k.Role))
            .FirstOrDefaultAsync(cancellationToken);
        cache.Set(hash, identity, CacheDuration);
        return identity;
    }
}
