using CapRural.Registration.Domain;

namespace CapRural.Registration.Tests;

/// <summary>Addresses a person cannot tell apart on screen are one address for duplicate detection.</summary>
public sealed class EmailKeyTests
{
    private const string Plain = "camille.martin@example.org";

    [Theory]
    [InlineData(" Camille.Martin@Example.ORG ")]
    [InlineData("camille.\u200Bmartin@example.org")]
    [InlineData("\uFEFFcamille.mar\u200Dtin@exam\u00ADple.org")]
    [InlineData("camille.martin\u2060@example.org")]
    [InlineData("camille.martin@example.org.")]
    [InlineData("ｃａｍｉｌｌｅ.martin@ｅｘａｍｐｌｅ.org")]
    [InlineData("c\u0430mille.m\u0430rtin@ex\u0430mple.org")]
    [InlineData("\u0421AMILLE.MARTIN@EXAMPLE.\u041ERG")]
    [InlineData("cam\u03B9lle.martin@example.\u03BFrg")]
    [InlineData("CAMILLE.MARTI\u039D@EXAMPLE.ORG.")]
    public void Look_alike_spellings_are_the_same_address(string spelling) =>
        Assert.Equal(Plain, Application.EmailKeyOf(spelling));

    [Theory]
    [InlineData("camile.martin@example.org")]
    [InlineData("camille.martin@example.com")]
    [InlineData("camille.martin@example.org.fr")]
    [InlineData("camille-martin@example.org")]
    public void Different_addresses_stay_different(string other) =>
        Assert.NotEqual(Plain, Application.EmailKeyOf(other));

    [Fact]
    public void Only_the_domain_loses_its_trailing_dot() =>
        Assert.Equal("camille.@example.org", Application.EmailKeyOf("camille.@example.org."));
}
