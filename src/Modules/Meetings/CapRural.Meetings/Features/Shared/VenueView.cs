using CapRural.Meetings.Domain;

namespace CapRural.Meetings.Features.Shared;

public sealed record VenueView(
    Guid VenueId,
    string Name,
    string Address,
    string CommuneCode,
    string CommuneName,
    double Latitude,
    double Longitude,
    int Capacity,
    string? Accessibility,
    DateTimeOffset? RetiredAt)
{
    internal static VenueView From(Venue v) =>
        new(v.Id, v.Name, v.Address, v.CommuneCode, v.CommuneName, v.Latitude, v.Longitude, v.Capacity, v.Accessibility, v.RetiredAt);
}
