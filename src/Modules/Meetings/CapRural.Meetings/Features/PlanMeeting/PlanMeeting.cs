using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
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
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Features.PlanMeeting;

public sealed record PlanMeeting(
    string? Title,
    string? StartsAt,
    string? EndsAt,
    MeetingFormat? Format,
    Guid? VenueId,
    string? OnlineUrl,
    IReadOnlyList<string>? Agenda) : ICommand<MeetingView>
{
    [JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class PlanMeetingValidator : AbstractValidator<PlanMeeting>
{
    public PlanMeetingValidator()
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez le titre de la réunion.", "Give the meeting a title.")).TitleRules();
        RuleFor(m => m.StartsAt).NotEmpty().WithMessage(_ => Localized.Pick($"Indiquez le début (heure de Paris, par exemple {MeetingTimes.Example}).", $"Give the start (Paris time, for example {MeetingTimes.Example})."));
        RuleFor(m => m.StartsAt).ParisLocalTime().When(m => !string.IsNullOrWhiteSpace(m.StartsAt));
        RuleFor(m => m.EndsAt).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez la fin (heure de Paris).", "Give the end (Paris time)."));
        RuleFor(m => m.EndsAt).ParisLocalTime().When(m => !string.IsNullOrWhiteSpace(m.EndsAt));
        RuleFor(m => m.Format).NotNull().WithMessage(_ => Localized.Pick("Indiquez le format : inPerson, remote ou hybrid.", "Give the format: inPerson, remote or hybrid."));
        RuleFor(m => m.OnlineUrl).OnlineUrlRules();
        RuleFor(m => m.Agenda).AgendaRules();
        RuleFor(m => m).Custom((m, context) =>
        {
            if (m.Format is null || !MeetingTimes.IsValid(m.StartsAt) || !MeetingTimes.IsValid(m.EndsAt))
            {
                return;
            }

            var plan = new MeetingPlan(m.Title ?? "", MeetingTimes.Utc(m.StartsAt!), MeetingTimes.Utc(m.EndsAt!), m.Format.Value, m.VenueId, m.OnlineUrl, []);
            foreach (var (field, message) in MeetingRules.Check(plan))
            {
                context.AddFailure(new ValidationFailure(field, message));
            }
        });
    }
}

internal sealed class PlanMeetingHandler(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : ICommandHandler<PlanMeeting, MeetingView>
{
    public async ValueTask<MeetingView> Handle(PlanMeeting command, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(command.GroupId, cancellationToken);
        await db.EnsureVenueExistsAsync(command.VenueId, command.Format!.Value, cancellationToken);
        var now = clock.GetUtcNow();
        var startsAt = MeetingTimes.Utc(command.StartsAt!);
        var agenda = command.Agenda is null
            ? await db.DraftAgendaAsync(group.Id, startsAt, cancellationToken)
            : [.. command.Agenda.Select(a => a.Trim())];
        var meeting = Meeting.Schedule(group.Id, new MeetingPlan(
            command.Title!.Trim(),
            startsAt,
            MeetingTimes.Utc(command.EndsAt!),
            command.Format.Value,
            command.VenueId,
            command.OnlineUrl?.Trim(),
            agenda), now);
        db.Meetings.Add(meeting);
        await db.TellMembersAsync(MeetingNotices.Kind.Invitation, group, meeting, platform.Value, now, cancellationToken);
        db.Publish(new MeetingPlanned(meeting.Id, group.Id, meeting.Title, meeting.StartsAt, meeting.EndsAt, meeting.Format));
        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(meeting, cancellationToken);
    }
}

internal static class PlanMeetingEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/groups/{groupId:guid}/meetings", async (Guid groupId, PlanMeeting command, IMediator mediator, CancellationToken ct) =>
            {
                var meeting = await mediator.Send(command with { GroupId = groupId }, ct);
                return TypedResults.Created($"/api/groups/{groupId}/meetings", meeting);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(MeetingRules.RequestBytes)
            .WithSummary("Planifier une réunion du groupe")
            .WithDescription("Dates et heures locales de Paris (`2022-04-07T09:30`), enregistrées en UTC (`startsAtUtc`). " +
                "Format `inPerson`, `remote` ou `hybrid` : un lieu (`venueId`) est requis en présentiel et en hybride, " +
                "un lien de visioconférence (`onlineUrl`) à distance et en hybride. Chaque membre reçoit une invitation avec un fichier .ics. " +
                "Sans `agenda`, l'ordre du jour part des actions à suivre (`- [ ] …`) du compte rendu de la dernière réunion tenue. " +
                "L'exemple est à distance, sans lieu : pour le présentiel ou l'hybride, collez dans `venueId` l'id d'un lieu (`venueId` dans la réponse de `GET /api/venues`).")
            .WithRequestExample(new
            {
                title = "Première réunion du groupe",
                startsAt = "2022-04-07T09:30",
                endsAt = "2022-04-07T16:30",
                format = "remote",
                onlineUrl = "https://visio.caprural.org/groupe-mailler",
                agenda = new[] { "Tour de table", "Nos pratiques d'aller-vers", "Calendrier de l'année" },
            })
            .ProducesClientErrors(400, 401, 403, 404, 413, 422);
}
