using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
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

namespace CapRural.Meetings.Features.CloseDatePoll;

/// <summary>How to plan the meeting at the chosen date; the title defaults to the poll's.</summary>
public sealed record PlanFromPoll(MeetingFormat? Format, Guid? VenueId, string? OnlineUrl, string? Title, IReadOnlyList<string>? Agenda);

public sealed record CloseDatePoll(Guid? OptionId, PlanFromPoll? PlanMeeting) : ICommand<DatePollView>
{
    [JsonIgnore]
    public Guid PollId { get; init; }
}

internal sealed class CloseDatePollValidator : AbstractValidator<CloseDatePoll>
{
    public CloseDatePollValidator() =>
        RuleFor(c => c.OptionId).NotNull().WithMessage(_ => Localized.Pick("Indiquez la date retenue (optionId).", "Give the chosen date (optionId)."));
}

/// <summary>Closes the poll and, when asked, plans the meeting through <see cref="PlanMeeting"/>: same rules, same invitations.</summary>
internal sealed class CloseDatePollHandler(MeetingsDbContext db, TimeProvider clock, IMediator mediator) : ICommandHandler<CloseDatePoll, DatePollView>
{
    public async ValueTask<DatePollView> Handle(CloseDatePoll command, CancellationToken cancellationToken)
    {
        var poll = await db.FindPollAsync(command.PollId, cancellationToken);
        if (poll.Options.All(o => o.Id != command.OptionId))
        {
            throw new ValidationException([new ValidationFailure("optionId", Localized.Pick("Cette date ne fait pas partie du sondage.", "This date is not part of the poll."))]);
        }

        var option = poll.Close(command.OptionId!.Value, clock.GetUtcNow());
        if (command.PlanMeeting is { } plan)
        {
            // The planning handler saves the closed poll with the meeting, in one transaction.
            var meeting = await mediator.Send(
                new PlanMeeting.PlanMeeting(
                    string.IsNullOrWhiteSpace(plan.Title) ? poll.Title : plan.Title,
                    ParisTime.FormatIso(option.StartsAt),
                    ParisTime.FormatIso(option.EndsAt),
                    plan.Format,
                    plan.VenueId,
                    plan.OnlineUrl,
                    plan.Agenda) { GroupId = poll.GroupId },
                cancellationToken);
            poll.LinkMeeting(meeting.MeetingId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(poll, null, clock.GetUtcNow(), cancellationToken);
    }
}

internal static class CloseDatePollEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/date-polls/{pollId:guid}/close", async (Guid pollId, CloseDatePoll command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { PollId = pollId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(MeetingRules.RequestBytes)
            .WithSummary("Clore un sondage de dates et retenir une date")
            .WithDescription("Les votes s'arrêtent. Avec `planMeeting`, la réunion est planifiée à la date retenue, avec les mêmes règles " +
                "et les mêmes invitations que « Planifier une réunion » (un lieu en présentiel et en hybride, un lien à distance et en hybride).")
            .WithRequestExample(new
            {
                optionId = "3f2b8c1e-5a4d-4e7b-9c61-0d8e2f4a7b19",
                planMeeting = new { format = "remote", onlineUrl = "https://visio.caprural.org/groupe-mailler", agenda = new[] { "Tour de table" } },
            })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
