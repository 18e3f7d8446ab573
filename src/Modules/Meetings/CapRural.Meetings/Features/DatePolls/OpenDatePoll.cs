using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
using CapRural.Meetings.Features.Meetings;
using CapRural.Meetings.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Features.DatePolls;

/// <summary>A proposed date: local Paris start and a duration in minutes.</summary>
public sealed record ProposedDate(string? StartsAt, int? DurationMinutes);

public sealed record OpenDatePoll(string? Title, IReadOnlyList<ProposedDate>? Options) : ICommand<DatePollView>
{
    [JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class OpenDatePollValidator : AbstractValidator<OpenDatePoll>
{
    public const int DurationMax = 24 * 60;

    public OpenDatePollValidator()
    {
        RuleFor(p => p.Title).NotEmpty().WithMessage("Indiquez le titre du sondage.")
            .MaximumLength(DatePoll.TitleMax).WithMessage($"Le titre tient en {DatePoll.TitleMax} caractères au plus.");
        RuleFor(p => p.Options).NotNull().WithMessage("Proposez au moins deux dates.")
            .Must(o => o is null || o.Count >= DatePoll.OptionsMin).WithMessage("Proposez au moins deux dates.")
            .Must(o => o is null || o.Count <= DatePoll.OptionsMax).WithMessage($"Proposez au plus {DatePoll.OptionsMax} dates.")
            .Must(o => o is null || o.Where(x => MeetingTimes.IsValid(x.StartsAt)).GroupBy(x => MeetingTimes.Utc(x.StartsAt!)).All(g => g.Count() == 1))
            .WithMessage("Chaque date proposée doit être différente des autres.");
        RuleForEach(p => p.Options).ChildRules(option =>
        {
            option.RuleFor(o => o.StartsAt).NotEmpty().WithMessage($"Indiquez le début (heure de Paris, par exemple {MeetingTimes.Example}).");
            option.RuleFor(o => o.StartsAt).ParisLocalTime().When(o => !string.IsNullOrWhiteSpace(o.StartsAt));
            option.RuleFor(o => o.DurationMinutes).NotNull().WithMessage("Indiquez la durée en minutes.")
                .InclusiveBetween(15, DurationMax).WithMessage($"La durée va de 15 à {DurationMax} minutes.");
        });
    }
}

internal sealed class OpenDatePollHandler(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : ICommandHandler<OpenDatePoll, DatePollView>
{
    public async ValueTask<DatePollView> Handle(OpenDatePoll command, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(command.GroupId, cancellationToken);
        var now = clock.GetUtcNow();
        var poll = DatePoll.Open(group.Id, command.Title!.Trim(), command.Options!.Select(o =>
        {
            var start = MeetingTimes.Utc(o.StartsAt!);
            return new PollOption(Guid.NewGuid(), start, start.AddMinutes(o.DurationMinutes!.Value));
        }), now);
        db.DatePolls.Add(poll);
        var link = $"{platform.Value.WebsiteBaseUrl.TrimEnd('/')}/groupes/sondages/{poll.Id}";
        foreach (var member in await db.ActiveMembers(group.Id).AsNoTracking().ToListAsync(cancellationToken))
        {
            db.QueueEmail(member.ApplicationId, PollEmails.Opened(member, group, poll, link));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(poll, null, cancellationToken);
    }
}

internal static class OpenDatePollEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/groups/{groupId:guid}/date-polls", async (Guid groupId, OpenDatePoll command, IMediator mediator, CancellationToken ct) =>
            {
                var poll = await mediator.Send(command with { GroupId = groupId }, ct);
                return TypedResults.Created($"/api/date-polls/{poll.PollId}", poll);
            })
            .RequireAuthorization(Policies.Coordinator)
            .WithBodySizeLimit(32 * 1024)
            .WithSummary("Proposer des dates aux membres du groupe")
            .WithDescription("Au moins deux dates différentes, en heure locale de Paris (`2022-06-16T09:30`) avec une durée en minutes. " +
                "Chaque membre reçoit un lien pour indiquer ses disponibilités.")
            .WithRequestExample(new
            {
                title = "Réunion de juin",
                options = new[] { new { startsAt = "2022-06-16T09:30", durationMinutes = 180 }, new { startsAt = "2022-06-23T14:00", durationMinutes = 180 } },
            })
            .ProducesClientErrors(400, 401, 403, 404, 413, 422);
}
