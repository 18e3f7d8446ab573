using CapRural.BuildingBlocks.Contracts;

namespace CapRural.BuildingBlocks.Tests.Support;

/// <summary>The integration event the test module raises when a note is written.</summary>
public sealed record NoteWritten(Guid NoteId, string Title, Sector Sector) : IntegrationEvent;
