using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Contracts;
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
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Features.ChangeMeeting;

/// <summary>A partial change: a field left out keeps its value. <c>status: "cancelled"</c> cancels the meeting.</summary>
public sealed record ChangeMeeting(
    string? Title,
    string? StartsAt,
    string? EndsAt,
    MeetingFormat? Format,
    Guid? VenueId,
    string? OnlineUrl,
    IReadOnlyList<string>? Agenda,
    MeetingStatus? Status) : ICommand<MeetingView>
{
    [JsonIgnore]
    public Guid MeetingId { get; init; }
}

internal sealed class ChangeMeetingValidator : AbstractValidator<ChangeMeeting>
{
    public ChangeMeetingValidator()
    {
        RuleFor(m => m.Title).Must(t => t is null || !string.IsNullOrWhiteSpace(t)).WithMessage(_ => Localized.Pick("Le titre ne peut pas être vide.", "The title cannot be empty.")).TitleRules();
        RuleFor(m => m.StartsAt).ParisLocalTime().When(m => m.StartsAt is not null);
        RuleFor(m => m.EndsAt).ParisLocalTime().When(m => m.EndsAt is not null);
        RuleFor(m => m.OnlineUrl).OnlineUrlRules();
        RuleFor(m => m.Agenda).AgendaRules();
        RuleFor(m => m.Status).Must(s => s is null or MeetingStatus.Cancelled)
            .WithMessage(_ => Localized.Pick("Seule l'annulation (cancelled) se fait ici ; une réunion est marquée tenue quand son compte rendu est enregistré.", "Only cancellation (cancelled) is done here; a meeting is marked held when its minutes are recorded."));
    }
}

internal sealed class ChangeMeetingHandler(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : ICommandHandler<ChangeMeeting, MeetingView>
{
    public async ValueTask<MeetingView> Handle(ChangeMeeting command, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingAsync(command.MeetingId, cancellationToken);
        var group = await db.FindGroupAsync(meeting.GroupId, cancellationToken);
        var now = clock.GetUtcNow();
        MeetingNotices.Kind? notice;
        IReadOnlyDictionary<Guid, string>? notes = null;
        if (command.Status == MeetingStatus.Cancelled)
        {
            meeting.Cancel(now);
            notice = MeetingNotices.Kind.Cancellation;
        }
        else
        {
            var plan = Merge(meeting.Plan, command);
            var problems = MeetingRules.Check(plan);
            if (problems.Count > 0)
            {
                throw new ValidationException(problems.Select(p => new ValidationFailure(p.Field, p.Message)));
            }

            await db.EnsureVenueExistsAsync(plan.VenueId, plan.Format, cancellationToken, meeting.VenueId);
            var formatBefore = meeting.Format;
            notice = meeting.Change(plan, now) ? MeetingNotices.Kind.Change : null;
            if (meeting.Format != formatBefore)
            {
                notes = await db.FollowFormatAsync(meeting, now, cancellationToken);
            }
        }

        if (notice is { } kind)
        {
            await db.TellMembersAsync(kind, group, meeting, platform.Value, now, cancellationToken, notes);
            db.Publish(new MeetingChanged(meeting.Id, group.Id, meeting.Title, meeting.StartsAt, meeting.EndsAt, meeting.Format,
                meeting.Status == MeetingStatus.Cancelled));
        }

        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "Cette réunion vient d'être modifiée par quelqu'un d'autre ; rien n'a été envoyé. Rechargez-la puis recommencez.",
            "This meeting was just changed by someone else; nothing was sent. Reload it and try again.")), cancellationToken);

        return await db.ViewAsync(meeting, cancellationToken);
    }

    /// <summary>
    /// The meeting as it will be. Moving only the start keeps the duration, so "one week later"
    /// is a single field.
    /// </summary>
    private static MeetingPlan Merge(MeetingPlan current, ChangeMeeting change)
    {
        var startsAt = change.StartsAt is null ? current.StartsAt : MeetingTimes.Utc(change.StartsAt);
        var endsAt = change.EndsAt is not null ? MeetingTimes.Utc(change.EndsAt) : startsAt + (current.EndsAt - current.StartsAt);
        var format = change.Format ?? current.Format;
        return new MeetingPlan(
            change.Title?.Trim() ?? current.Title,
            startsAt,
            endsAt,
            format,
            change.VenueId ?? current.VenueId,
            change.OnlineUrl?.Trim() ?? current.OnlineUrl,
            change.Agenda is null ? current.Agenda : [.. change.Agenda.Select(a => a.Trim())]);
    }
}

internal static class ChangeMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/meetings/{meetingId:guid}", async (Guid meetingId, ChangeMeeting command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { MeetingId = meetingId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(MeetingRules.RequestBytes)
            .WithSummary("Modifier ou annuler une réunion")
            .WithDescription("Seuls les champs envoyés changent ; déplacer seulement le début garde la durée. " +
                "Un changement de format, d'horaire, de lieu ou de lien est envoyé à chaque membre avec l'invitation mise à jour " +
                "(même UID, SEQUENCE augmentée). `status: \"cancelled\"` annule la réunion et prévient les membres.")
            .WithRequestExample(new { format = "remote", onlineUrl = "https://visio.caprural.org/groupe-mailler" })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
