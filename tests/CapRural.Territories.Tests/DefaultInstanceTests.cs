namespace CapRural.Territories.Tests;

public sealed class DefaultInstanceTests
{
    [Fact]
    public void Default_is_one_shared_instance_under_concurrent_first_use()
    {
        var instances = new Gazetteer[8];

        Parallel.For(0, instances.Length, i => instances[i] = Gazetteer.Default);

        Assert.All(instances, g => Assert.Same(instances[0], g));
    }

    [Fact]
    public void Load_returns_a_fresh_instance_with_the_same_data()
    {
        var loaded = Gazetteer.Load();

        Assert.NotSame(Gazetteer.Default, loaded);
        Assert.Equal(Gazetteer.Default.CommuneCount, loaded.CommuneCount);
        var shared = Gazetteer.Default.FindCommune("63113")!;
        var fresh = loaded.FindCommune("63113")!;
        Assert.NotSame(shared, fresh);
        Assert.Equal(shared with { PostalCodes = fresh.PostalCodes }, fresh);
        Assert.Equal(shared.PostalCodes, fresh.PostalCodes);
    }

    [Fact]
    public void Commune_vectors_follow_the_commune_order()
    {
        var gazetteer = Gazetteer.Default;
        var vectors = gazetteer.CommuneVectors;

        Assert.Equal(gazetteer.CommuneCount, vectors.Count);
        var index = gazetteer.Communes.ToList().FindIndex(c => c.Code == "63113");
        var location = gazetteer.Communes[index].Location;
        Assert.Equal(Math.Sin(location.Latitude * Math.PI / 180), vectors.Z[index], 1e-12);
    }
}
