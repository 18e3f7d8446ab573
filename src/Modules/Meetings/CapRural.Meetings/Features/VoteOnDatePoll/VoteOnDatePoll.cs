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

namespace CapRural.Meetings.Features.VoteOnDatePoll;

/// <summary>The member's availability per date (option id → yes / ifNeeded / no); dates left out keep their previous vote.</summary>
public sealed record VoteOnDatePoll(IReadOnlyDictionary<Guid, Availability>? Votes) : ICommand<DatePollView>
{
    [JsonIgnore]
    public Guid PollId { get; init; }

    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class VoteOnDatePollValidator : AbstractValidator<VoteOnDatePoll>
{
    public VoteOnDatePollValidator() =>
        RuleFor(v => v.Votes).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez au moins une disponibilité : yes (oui), ifNeeded (si nécessaire) ou no (non) pour chaque date.", "Give at least one availability: yes, ifNeeded or no for each date."));
}

internal sealed class VoteOnDatePollHandler(MeetingsDbContext db, TimeProvider clock) : ICommandHandler<VoteOnDatePoll, DatePollView>
{
    public async ValueTask<DatePollView> Handle(VoteOnDatePoll command, CancellationToken cancellationToken)
    {
        var (poll, member) = await db.FindPollForMemberAsync(command.PollId, command.Caller, cancellationToken);
        var now = clock.GetUtcNow();
        poll.EnsureAcceptsVotes(now);
        var unknown = command.Votes!.Keys.Where(id => poll.Options.All(o => o.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException(unknown.Select(id => new ValidationFailure("votes", Localized.Pick($"{id} n'est pas une date de ce sondage.", $"{id} is not a date of this poll."))));
        }

        var previous = await db.PollVotes.Where(v => v.PollId == poll.Id && v.MemberId == member.Id).ToListAsync(cancellationToken);
        foreach (var (optionId, availability) in command.Votes!)
        {
            if (previous.FirstOrDefault(v => v.OptionId == optionId) is { } vote)
            {
                vote.Change(availability, now);
            }
            else
            {
                db.PollVotes.Add(PollVote.Cast(poll.Id, optionId, member.Id, availability, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(poll, member.Id, clock.GetUtcNow(), cancellationToken);
    }
}

internal static class VoteOnDatePollEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/date-polls/{pollId:guid}/votes", async (Guid pollId, VoteOnDatePoll command, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { PollId = pollId, Caller = Caller.From(http.User) }, ct)))
            .RequireAuthorization(Policies.Member)
            .WithBodySizeLimit(8 * 1024)
            .WithSummary("Indiquer ses disponibilités dans un sondage de dates")
            .WithDescription("Avec le jeton de membre du groupe (X-Member-Token). Pour chaque date (identifiant d'option) : `yes`, `ifNeeded` ou `no` ; " +
                "on peut changer d'avis tant que le sondage est ouvert et que sa date limite n'est pas passée (sinon 409).")
            .WithRequestExample(new { votes = new Dictionary<string, string> { ["3f2b8c1e-5a4d-4e7b-9c61-0d8e2f4a7b19"] = "yes" } })
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
