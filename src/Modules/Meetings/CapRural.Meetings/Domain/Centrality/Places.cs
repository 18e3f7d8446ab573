using CapRural.BuildingBlocks.Contracts;
using CapRural.Territories;

namespace CapRural.Meetings.Domain.Centrality;

/// <summary>A member as the ranking sees them: where they start from, and their sector.</summary>
internal sealed record MemberPlace(Guid MemberId, Sector Sector, GeoPoint Location, bool Approximate);

/// <summary>A place the group could meet at: a registered venue, or a commune.</summary>
internal sealed record CandidatePlace(string Name, string CommuneCode, Guid? VenueId, GeoPoint Location);

/// <summary>Candidates with their unit vectors, built once and reused by every ranking.</summary>
internal sealed class CandidateSet
{
    public CandidateSet(IReadOnlyList<CandidatePlace> places, UnitVectors vectors)
    {
        if (places.Count != vectors.Count)
        {
            throw new ArgumentException("One vector per candidate.", nameof(vectors));
        }

        Places = places;
        Vectors = vectors;
    }

    public IReadOnlyList<CandidatePlace> Places { get; }

    public UnitVectors Vectors { get; }

    public static CandidateSet Of(IReadOnlyList<CandidatePlace> places) =>
        new(places, UnitVectors.From(places.Select(p => p.Location)));
}
