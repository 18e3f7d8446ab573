namespace CapRural.Host.Access;

/// <summary>A key given to a person or a partner. Only its hash is stored; the key is shown once.</summary>
internal sealed class ApiKey
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string Role { get; init; }

    public required string KeyHash { get; init; }

    /// <summary>The first characters of the key, so its owner can recognise it in a list.</summary>
    public required string Prefix { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
