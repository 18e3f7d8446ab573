using System.Security.Cryptography;
using System.Text;

namespace CapRural.BuildingBlocks.Security;

/// <summary>
/// Secrets handed to people (API keys, private links) are random and long, so a plain SHA-256 is
/// enough to store them: only the hash is kept, the secret is shown once.
/// </summary>
public static class SecretToken
{
    /// <summary>A URL-safe secret of 256 random bits, with an optional readable prefix.</summary>
    public static string New(string prefix = "")
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Hash(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Constant-time comparison of a presented secret with a stored hash.</summary>
    public static bool Matches(string? secret, string? storedHash)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(storedHash))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(secret)),
            Encoding.ASCII.GetBytes(storedHash));
    }
}
