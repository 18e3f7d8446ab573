using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.RecordAttendance;

/// <summary>The members who came; the whole list each time, so it can be corrected.</summary>
public sealed record RecordAttendance(IReadOnlyList<Guid>? Present) : ICommand<MeetingView>
{
    [JsonIgnore]
    public Guid MeetingId { get; init; }
}

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public const int PresentMax = 500;

    public RecordAttendanceValidator() =>
        RuleFor(a => a.Present).NotNull().WithMessage(_ => Localized.Pick("Indiquez la liste des membres présents (present), éventuellement vide.", "Give the list of members present (present), possibly empty."))
            .Must(p => p is null || p.Count <= PresentMax).WithMessage(_ => Localized.Pick($"Au plus {PresentMax} présents.", $"At most {PresentMax} present."));
}

internal sealed class RecordAttendanceHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<RecordAttendance, MeetingView>
{
    public async ValueTask<MeetingView> Handle(RecordAttendance command, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingAsync(command.MeetingId, cancellationToken);
        var present = command.Present!.Distinct().ToList();
        var members = await db.Members.Where(m => m.GroupId == meeting.GroupId && present.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken);
        var strangers = present.Except(members).ToList();
        if (strangers.Count > 0)
        {
            throw new ValidationException(strangers.Select(id =>
                new ValidationFailure("present", Localized.Pick($"{id} n'est pas membre du groupe de cette réunion.", $"{id} is not a member of this meeting's group."))));
        }

        meeting.RecordAttendance(present, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(meeting, cancellationToken);
    }
}

internal static class RecordAttendanceEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/meetings/{meetingId:guid}/attendance", async (Guid meetingId, RecordAttendance command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { MeetingId = meetingId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(MeetingRules.RequestBytes)
            .WithSummary("Enregistrer les présences à une réunion")
            .WithDescription("La liste complète des membres présents (`present`, identifiants du trombinoscope du groupe) ; elle remplace la précédente. " +
                "Le nombre de présents accompagne ensuite le compte rendu transmis au centre de ressources. Impossible avant le début de la réunion ou pour une réunion annulée.")
            .WithRequestExample(new { present = new[] { "3f2b8c1e-5a4d-4e7b-9c61-0d8e2f4a7b19" } })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
