using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Meetings.Features.RecordMinutes;

/// <summary>The minutes in Markdown, and the themes Knowledge files them under (the group's themes when left out).</summary>
public sealed record RecordMinutes(string? Minutes, IReadOnlyList<string>? Themes) : ICommand<MeetingView>
{
    [JsonIgnore]
    public Guid MeetingId { get; init; }
}

internal sealed class RecordMinutesValidator : AbstractValidator<RecordMinutes>
{
    public RecordMinutesValidator()
    {
        RuleFor(m => m.Minutes).NotEmpty().WithMessage(_ => Localized.Pick("Écrivez le compte rendu (Markdown).", "Write the minutes (Markdown)."))
            .MaximumLength(Meeting.MinutesMax).WithMessage(_ => Localized.Pick($"Le compte rendu tient en {Meeting.MinutesMax} caractères au plus.", $"The minutes are at most {Meeting.MinutesMax} characters."));
        RuleFor(m => m.Themes).Must(t => t is null || (t.Count <= 20 && t.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 100)))
            .WithMessage(_ => Localized.Pick("Au plus 20 thèmes, chacun un texte non vide de 100 caractères au plus.", "At most 20 themes, each a non-empty text of at most 100 characters."));
    }
}

internal sealed class RecordMinutesHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<RecordMinutes, MeetingView>
{
    public async ValueTask<MeetingView> Handle(RecordMinutes command, CancellationToken cancellationToken)
    {
        var meeting = await db.FindMeetingAsync(command.MeetingId, cancellationToken);
        var group = await db.FindGroupAsync(meeting.GroupId, cancellationToken);
        var now = clock.GetUtcNow();
        var correction = meeting.Minutes is not null;
        meeting.RecordMinutes(command.Minutes!, now);
        // Who came, when recorded; otherwise those who said they would.
        var attendees = meeting.AttendanceRecordedAt is not null
            ? meeting.Present.Count
            : await db.Rsvps.CountAsync(r => r.MeetingId == meeting.Id && r.Response != RsvpResponse.Absent, cancellationToken);
        var themes = command.Themes is { Count: > 0 } given ? [.. given.Select(t => t.Trim())] : group.Themes;
        // Each version of the minutes is told: Knowledge keeps the latest for the meeting.
        db.Publish(new MeetingHeld(meeting.Id, group.Id, group.Name, meeting.Title, meeting.StartsAt, meeting.Minutes!, themes, attendees));
        await db.SendMinutesAsync(group, meeting, correction, cancellationToken);
        await db.CarryOverActionItemsAsync(meeting, now, cancellationToken);
        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "La réunion suivante vient d'être modifiée ; rien n'a été envoyé. Recommencez.",
            "The next meeting was just changed; nothing was sent. Try again.")), cancellationToken);
        return await db.ViewAsync(meeting, cancellationToken);
    }
}

internal static class RecordMinutesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/meetings/{meetingId:guid}/minutes", async (Guid meetingId, RecordMinutes command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { MeetingId = meetingId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(256 * 1024)
            .WithSummary("Enregistrer le compte rendu d'une réunion")
            .WithDescription("Le compte rendu (Markdown) marque la réunion comme tenue ; il est envoyé par e-mail aux membres actuels du groupe " +
                "avec les présences, et transmis, avec ses thèmes, au centre de ressources pour en tirer des fiches méthode. " +
                "Les actions à suivre écrites en tâches Markdown (`- [ ] Envoyer la carte des services`) s'ajoutent à l'ordre du jour " +
                "de la réunion suivante (« Suivi : … ») ; les tâches cochées (`- [x]`) non. Il peut être corrigé ensuite (les membres reçoivent la version corrigée). " +
                "Impossible avant le début de la réunion ou pour une réunion annulée.")
            .WithRequestExample(new { minutes = "## Tour de table\n\nDouze participant·es, dont cinq à distance.\n\n## Actions\n\n- [ ] Partager la carte des services", themes = new[] { "aller-vers", "mobilité" } })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
