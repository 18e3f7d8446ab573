using System.Collections.Concurrent;
using Mediator;

namespace CapRural.BuildingBlocks.PersonalData;

/// <summary>
/// "Export my data", asked in process through the mediator: every module that holds something about
/// the application adds its own section, read from its own tables. Not an integration event: it is
/// answered during the request, never stored.
/// </summary>
public sealed record PersonalDataRequested(Guid ApplicationId) : INotification
{
    private readonly ConcurrentDictionary<string, object> _sections = new(StringComparer.Ordinal);

    /// <summary>Adds what <paramref name="module"/> holds about the person; a module adds nothing if it holds nothing.</summary>
    public void Add(string module, object section) => _sections[module] = section;

    /// <summary>The sections, by module name, in a stable order.</summary>
    public IReadOnlyDictionary<string, object> Sections =>
        new SortedDictionary<string, object>(_sections, StringComparer.Ordinal);
}

/// <summary>
/// The answer of "export my data", the same whichever private link asks (an applicant's or a
/// member's): what each module holds, by module name.
/// </summary>
public sealed record PersonalDataExport(Guid ApplicationId, DateTimeOffset ExportedAt, IReadOnlyDictionary<string, object> Sections)
{
    /// <summary>Asks every module through the mediator and gathers their sections.</summary>
    public static async Task<PersonalDataExport> CollectAsync(IPublisher publisher, Guid applicationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = new PersonalDataRequested(applicationId);
        await publisher.Publish(request, cancellationToken);
        return new PersonalDataExport(applicationId, now, request.Sections);
    }
}
