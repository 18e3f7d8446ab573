using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
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

namespace CapRural.Meetings.Features.AnswerInvitation;

public sealed record AnswerInvitation(RsvpResponse? Response) : ICommand<InvitationAnswered>
{
    [JsonIgnore]
    public Guid MeetingId { get; init; }

    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

/// <summary>What the member sees: their answer and the meeting's counts, no one else's name.</summary>
public sealed record InvitationAnswered(Guid MeetingId, string Title, string StartsAt, RsvpResponse Response, ResponseCounts Responses);

internal sealed class AnswerInvitationValidator : AbstractValidator<AnswerInvitation>
{
    public AnswerInvitationValidator() =>
        RuleFor(a => a.Response).NotNull().WithMessage(_ => Localized.Pick("Indiquez votre réponse : inPerson (en présentiel), remote (à distance) ou absent.", "Give your answer: inPerson, remote or absent."));
}

internal sealed class AnswerInvitationHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<AnswerInvitation, InvitationAnswered>
{
    public async ValueTask<InvitationAnswered> Handle(AnswerInvitation command, CancellationToken cancellationToken)
    {
        var (meeting, member) = await db.FindMeetingForMemberAsync(command.MeetingId, command.Caller, cancellationToken);
        if (meeting.Status != MeetingStatus.Planned)
        {
            throw new ConflictException(Localized.Pick(
                meeting.Status == MeetingStatus.Cancelled ? "Cette réunion est annulée." : "Cette réunion a déjà eu lieu.",
                meeting.Status == MeetingStatus.Cancelled ? "This meeting is cancelled." : "This meeting has already taken place."));
        }

        var now = clock.GetUtcNow();
        if (meeting.StartsAt <= now)
        {
            throw new ConflictException(Localized.Pick(
                "Cette réunion a commencé ou est passée : les réponses sont closes.", "This meeting has started or is over: replies are closed."));
        }

        if (!RsvpRules.Allows(meeting.Format, command.Response!.Value))
        {
            throw new ValidationException([new ValidationFailure("response", meeting.Format == MeetingFormat.Remote
                ? Localized.Pick("Cette réunion se tient à distance : répondez remote (à distance) ou absent.", "This meeting is held remotely: answer remote or absent.")
                : Localized.Pick("Cette réunion se tient en présentiel : répondez inPerson (en présentiel) ou absent.", "This meeting is held in person: answer inPerson or absent."))]);
        }

        var rsvp = await db.Rsvps.FirstOrDefaultAsync(r => r.MeetingId == meeting.Id && r.MemberId == member.Id, cancellationToken);
        if (rsvp is null)
        {
            db.Rsvps.Add(Rsvp.Answer(meeting.Id, member.Id, command.Response!.Value, now));
        }
        else
        {
            rsvp.Change(command.Response!.Value, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // Two clicks at once: the first answer is recorded, the member can change it again.
            throw new ConflictException(Localized.Pick(
                "Votre réponse vient d'être enregistrée ; renvoyez-la si vous voulez la changer.",
                "Your answer was just recorded; send it again to change it."));
        }

        var view = await db.ViewAsync(meeting, cancellationToken);
        return new InvitationAnswered(meeting.Id, meeting.Title, view.StartsAt, command.Response!.Value, view.Responses);
    }
}

internal static class AnswerInvitationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/meetings/{meetingId:guid}/rsvp", async (Guid meetingId, AnswerInvitation command, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { MeetingId = meetingId, Caller = Caller.From(http.User) }, ct)))
            .RequireAuthorization(Policies.Member)
            .WithBodySizeLimit(1024)
            .WithSummary("Répondre à une invitation")
            .WithDescription("Avec le jeton de membre reçu à l'entrée dans le groupe (en-tête X-Member-Token). " +
                "`inPerson` (en présentiel), `remote` (à distance) ou `absent` ; la dernière réponse compte. " +
                "Seules les réponses que le format permet sont acceptées (pas `remote` en présentiel, pas `inPerson` à distance : 422) ; " +
                "une réunion tenue, annulée, commencée ou passée ne prend plus de réponse (409).")
            .WithRequestExample(new { response = "inPerson" })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
