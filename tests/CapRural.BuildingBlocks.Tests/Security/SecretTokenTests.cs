using System.Text.RegularExpressions;
using CapRural.BuildingBlocks.Security;

namespace CapRural.BuildingBlocks.Tests.Security;

public sealed partial class SecretTokenTests
{
    [Fact]
    public void New_tokens_are_long_distinct_and_safe_to_put_in_a_link()
    {
        var tokens = Enumerable.Range(0, 200).Select(_ => SecretToken.New()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, token =>
        {
            Assert.True(token.Length >= 43, $"token of {token.Length} characters");
            Assert.Matches(UrlSafe(), token);
            Assert.Equal(token, Uri.EscapeDataString(token));
        });
    }

    [Fact]
    public void A_prefix_makes_a_token_recognisable()
    {
        var token = SecretToken.New("crk_");

        Assert.StartsWith("crk_", token, StringComparison.Ordinal);
        Assert.True(token.Length >= 4 + 43);
    }

    [Fact]
    public void The_stored_hash_recognises_its_token_and_does_not_reveal_it()
    {
        var token = SecretToken.New();
        var stored = SecretToken.Hash(token);

        Assert.True(SecretToken.Matches(token, stored));
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("un-autre-jeton")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_or_missing_token_is_refused(string? presented)
    {
        var stored = SecretToken.Hash(SecretToken.New());

        Assert.False(SecretToken.Matches(presented, stored));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void A_token_is_refused_when_nothing_is_stored(string? stored)
    {
        Assert.False(SecretToken.Matches(SecretToken.New(), stored));
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex UrlSafe();
}
