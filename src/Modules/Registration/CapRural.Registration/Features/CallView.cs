using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features;

/// <summary>A call as every client sees it; <c>isOpen</c> says whether it takes applications now.</summary>
public sealed record CallView(
    Guid CallId,
    string Title,
    string WorkingGroupName,
    string Description,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateOnly FirstMeetingOn,
    int TargetGroupSize,
    int MeetingsPerYear,
    IReadOnlyList<string> Themes,
    CallStatus Status,
    bool IsOpen,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? ClosedAt)
{
    internal static CallView From(Call call, DateTimeOffset now) => new(
        call.Id, call.Title, call.WorkingGroupName, call.Description, call.OpensAt, call.ClosesAt, call.FirstMeetingOn,
        call.TargetGroupSize, call.MeetingsPerYear, call.Themes, call.Status, call.IsOpen(now), call.PublishedAt, call.ClosedAt);
}

internal static class CallLookup
{
    // Every submitted form looks its call up: compiled once instead of read anew by EF at each call.
    private static readonly Func<RegistrationDbContext, Guid, CancellationToken, Task<Call?>> CallById =
        EF.CompileAsyncQuery((RegistrationDbContext db, Guid callId, CancellationToken _) => db.Calls.FirstOrDefault(c => c.Id == callId));

    // A use case that only reads the call (every submitted form) leaves it out of the change tracker:
    // nothing to snapshot, and nothing for the save to look over among the rows it adds.
    private static readonly Func<RegistrationDbContext, Guid, CancellationToken, Task<Call?>> CallToReadById =
        EF.CompileAsyncQuery((RegistrationDbContext db, Guid callId, CancellationToken _) => db.Calls.AsNoTracking().FirstOrDefault(c => c.Id == callId));

    /// <summary>The call, tracked: for a use case that changes it.</summary>
    public static async Task<Call> FindCallAsync(this RegistrationDbContext db, Guid callId, CancellationToken cancellationToken) =>
        await CallById(db, callId, cancellationToken) ?? throw CallNotFound();

    /// <summary>The call, not tracked: for a use case that reads it and changes other rows, or nothing.</summary>
    public static async Task<Call> FindCallToReadAsync(this RegistrationDbContext db, Guid callId, CancellationToken cancellationToken) =>
        await CallToReadById(db, callId, cancellationToken) ?? throw CallNotFound();

    private static NotFoundException CallNotFound() => new(Localized.Pick("Appel introuvable.", "Call not found."));

    /// <summary>
    /// Saves a change of the call's status, or its deletion. The status is the call's concurrency token:
    /// of two requests publishing, closing or deleting it at once, one wins and the other gets a 409 —
    /// one event, never two, and never a 500.
    /// </summary>
    public static async Task SaveStatusChangeAsync(this RegistrationDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "Cet appel vient d'être publié, clos ou supprimé par une autre demande.",
            "This call was just published, closed or deleted by another request.")), cancellationToken);
    }
}
