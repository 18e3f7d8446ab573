namespace CapRural.BuildingBlocks.Contracts;

/// <summary>Présentiel, distanciel or hybride.</summary>
public enum MeetingFormat
{
    InPerson,
    Remote,
    Hybrid,
}
