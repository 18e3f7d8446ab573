using System.Text;

namespace CapRural.Territories.Tests;

public sealed class GazetteerFormatTests
{
    private const string Sample =
        "#gazetteer\t1\tsample\n" +
        "R\t84\tAuvergne-Rhône-Alpes\n" +
        "D\t63\tPuy-de-Dôme\t84\n" +
        "E\t246300701\tClermont Auvergne Métropole\tMETRO\n" +
        "C\t63113\tClermont-Ferrand\t63000,63100\t63\t246300701\t146351\t45.77969\t3.08682\tC\n" +
        "C\t63124\tDurtol\t63830\t63\t246300701\t2000\t45.79700\t3.05200\tE\n" +
        "C\t63099\tCébazat\t63118\t63\t\t8000\t-45.50000\t-3.00001\tD\n" +
        "A\t63001\t63113\n";

    [Fact]
    public void Reads_every_record_kind()
    {
        var gazetteer = GazetteerReader.Parse(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(3, gazetteer.CommuneCount);
        var clermont = gazetteer.FindCommune("63113")!;
        Assert.Equal(["63000", "63100"], clermont.PostalCodes);
        Assert.Equal("84", clermont.RegionCode);
        Assert.Equal(new GeoPoint(45.77969, 3.08682), clermont.Location);
        Assert.Equal(LocationPrecision.Commune, clermont.Precision);
        Assert.Equal(LocationPrecision.Epci, gazetteer.FindCommune("63124")!.Precision);
        var cebazat = gazetteer.FindCommune("63099")!;
        Assert.Null(cebazat.EpciSiren);
        Assert.Equal(new GeoPoint(-45.5, -3.00001), cebazat.Location);
        Assert.Equal(LocationPrecision.Department, cebazat.Precision);
        Assert.Same(clermont, gazetteer.FindCommune("63001"));
        Assert.Equal("METRO", gazetteer.FindEpci("246300701")!.Nature);
        Assert.Equal(2, gazetteer.CommunesOfEpci("246300701").Count);
    }

    [Fact]
    public void Decimals_parse_exactly_like_double_parse()
    {
        var random = new Random(5);
        for (var i = 0; i < 10_000; i++)
        {
            var value = Math.Round((random.NextDouble() * 360) - 180, 5);
            var text = value.ToString("F5", System.Globalization.CultureInfo.InvariantCulture);
            var line = new TsvLine(Encoding.ASCII.GetBytes(text));

            Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), line.NextDecimal());
        }
    }

    [Theory]
    [InlineData("not a gazetteer\n")]
    [InlineData("#gazetteer\t1\tx\nX\tunknown record\n")]
    [InlineData("#gazetteer\t1\tx\nD\t63\tPuy-de-Dôme\t84\nC\t63113\tClermont-Ferrand\t63000\t63\t\tmany\t45.7\t3.0\tC\n")]
    [InlineData("#gazetteer\t1\tx\nC\t63113\tClermont-Ferrand\t63000\t99\t\t1\t45.7\t3.0\tC\n")]
    [InlineData("#gazetteer\t1\tx\nD\t63\tPuy-de-Dôme\t84\nC\t63113\tClermont-Ferrand\t6300\t63\t\t1\t45.7\t3.0\tC\n")]
    [InlineData("#gazetteer\t1\tx\nD\t63\tPuy-de-Dôme\t84\nC\t63113\tClermont-Ferrand\n")]
    public void Rejects_malformed_data(string text) =>
        Assert.Throws<InvalidDataException>(() => GazetteerReader.Parse(Encoding.UTF8.GetBytes(text)));
}
