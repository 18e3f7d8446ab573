using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;

namespace CapRural.Meetings.Domain;

/// <summary>A place where a working group can meet.</summary>
internal sealed class Venue
{
    public const int NameMax = 200;
    public const int AddressMax = 400;
    public const int AccessibilityMax = 2000;

    private Venue()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string CommuneCode { get; private set; } = "";

    public string CommuneName { get; private set; } = "";

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    public int Capacity { get; private set; }

    public string? Accessibility { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the coordinator retired the venue: out of the rankings and of new meetings, still shown on past ones.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    public static Venue Register(string name, string address, string communeCode, string communeName, double latitude, double longitude,
        int capacity, string? accessibility, DateTimeOffset now) => new()
    {
        Id = SortableId.New(),
        Name = name,
        Address = address,
        CommuneCode = communeCode,
        CommuneName = communeName,
        Latitude = latitude,
        Longitude = longitude,
        Capacity = capacity,
        Accessibility = string.IsNullOrWhiteSpace(accessibility) ? null : accessibility.Trim(),
        CreatedAt = now,
    };

    /// <summary>Replaces what is known of the venue; answers whether members would read it differently (name, address or place).</summary>
    public bool Edit(string name, string address, string communeCode, string communeName, double latitude, double longitude, int capacity, string? accessibility)
    {
        EnsureActive();
        accessibility = string.IsNullOrWhiteSpace(accessibility) ? null : accessibility.Trim();
        var visible = Name != name || Address != address || CommuneCode != communeCode || Accessibility != accessibility;
        Name = name;
        Address = address;
        CommuneCode = communeCode;
        CommuneName = communeName;
        Latitude = latitude;
        Longitude = longitude;
        Capacity = capacity;
        Accessibility = accessibility;
        return visible;
    }

    /// <summary>Retires the venue once; answers false when it already was.</summary>
    public bool Retire(DateTimeOffset now)
    {
        if (IsRetired)
        {
            return false;
        }

        RetiredAt = now;
        return true;
    }

    private void EnsureActive()
    {
        if (IsRetired)
        {
            throw new ConflictException(Localized.Pick(
                "Ce lieu est retiré : il reste sur les réunions passées mais ne se modifie plus.", "This venue is retired: it stays on past meetings but can no longer be edited."));
        }
    }
}
