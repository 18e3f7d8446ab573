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

    public static Venue Register(string name, string address, string communeCode, string communeName, double latitude, double longitude,
        int capacity, string? accessibility, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
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
}
