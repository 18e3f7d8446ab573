using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Emails;
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

namespace CapRural.Meetings.Features.OpenDatePoll;

/// <summary>A proposed date: local Paris start and a duration in minutes.</summary>
public sealed record ProposedDate(string? StartsAt, int? DurationMinutes);

/// <summary><c>ClosesAt</c>: optional deadline for votes, local Paris time.</summary>
public sealed record OpenDatePoll(string? Title, IReadOnlyList<ProposedDate>? Options, string? ClosesAt = null) : ICommand<DatePollView>
{
    [JsonIgnore]
    public Guid GroupId { get; init; }
}

internal sealed class OpenDatePollValidator : AbstractValidator<OpenDatePoll>
{
    public const int DurationMax = 24 * 60;

    public OpenDatePollValidator()
    {
        RuleFor(p => p.Title).NotEmpty().WithMessage(_ => Localized.Pick("Indiquez le titre du sondage.", "Give the poll a title."))
            .MaximumLength(DatePoll.TitleMax).WithMessage(_ => Localized.Pick(
                $"Le titre tient en {DatePoll.TitleMax} caractères au plus.", $"The title is at most {DatePoll.TitleMax} characters."));
        RuleFor(p => p.Options).NotNull().WithMessage(_ => TwoDatesAtLeast())
            .Must(o => o is null || o.Count >= DatePoll.OptionsMin).WithMessage(_ => TwoDatesAtLeast())
            .Must(o => o is null || o.Count <= DatePoll.OptionsMax).WithMessage(_ => Localized.Pick(
                $"Proposez au plus {DatePoll.OptionsMax} dates.", $"Propose at most {DatePoll.OptionsMax} dates."))
            .Must(o => o is null || o.Where(x => x is not null && MeetingTimes.IsValid(x.StartsAt)).GroupBy(x => MeetingTimes.Utc(x.StartsAt!)).All(g => g.Count() == 1))
            .WithMessage(_ => Localized.Pick("Chaque date proposée doit être différente des autres.", "Each proposed date must differ from the others."));
        RuleFor(p => p.ClosesAt).ParisLocalTime().When(p => p.ClosesAt is not null);
        RuleForEach(p => p.Options).NotNull().WithMessage(_ => Localized.Pick(
            "Chaque date proposée est un objet { startsAt, durationMinutes }.", "Each proposed date is an object { startsAt, durationMinutes }."));
        RuleForEach(p => p.Options).ChildRules(option =>
        {
            option.RuleFor(o => o.StartsAt).NotEmpty().WithMessage(_ => Localized.Pick(
                $"Indiquez le début (heure de Paris, par exemple {MeetingTimes.Example}).", $"Give the start (Paris time, for example {MeetingTimes.Example})."));
            option.RuleFor(o => o.StartsAt).ParisLocalTime().When(o => !string.IsNullOrWhiteSpace(o.StartsAt));
            option.RuleFor(o => o.DurationMinutes).NotNull().WithMessage(_ => Localized.Pick("Indiquez la durée en minutes.", "Give the duration in minutes."))
                .InclusiveBetween(15, DurationMax).WithMessage(_ => Localized.Pick(
                    $"La durée va de 15 à {DurationMax} minutes.", $"The duration is from 15 to {DurationMax} minutes."));
        });
    }

    private static string TwoDatesAtLeast() => Localized.Pick("Proposez au moins deux dates.", "Propose at least two dates.");
}

internal sealed class OpenDatePollHandler(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform)
    : ICommandHandler<OpenDatePoll, DatePollView>
{
    public async ValueTask<DatePollView> Handle(OpenDatePoll command, CancellationToken cancellationToken)
    {
        var group = await db.FindGroupAsync(command.GroupId, cancellationToken);
        var now = clock.GetUtcNow();
        DateTimeOffset? closesAt = command.ClosesAt is null ? null : MeetingTimes.Utc(command.ClosesAt);
        if (closesAt <= now)
        {
            throw new ValidationException([new ValidationFailure("closesAt", Localized.Pick(
                "La date limite des votes doit être dans le futur.", "The voting deadline must be in the future."))]);
        }

        var poll = DatePoll.Open(group.Id, command.Title!.Trim(), command.Options!.Select(o =>
        {
            var start = MeetingTimes.Utc(o.StartsAt!);
            return new PollOption(SortableId.New(), start, start.AddMinutes(o.DurationMinutes!.Value));
        }), closesAt, now);
        db.DatePolls.Add(poll);
        var link = $"{platform.Value.WebsiteBaseUrl.TrimEnd('/')}/groupes/sondages/{poll.Id}";
        foreach (var member in await db.ActiveMembers(group.Id).AsNoTracking().ToListAsync(cancellationToken))
        {
            db.QueueEmail(member.ApplicationId, PollEmails.Opened(member, group, poll, link));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.ViewAsync(poll, null, clock.GetUtcNow(), cancellationToken);
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
                "Chaque membre reçoit un lien pour indiquer ses disponibilités. " +
                "`closesAt` (facultatif, heure de Paris, dans le futur) fixe la date limite des votes ; la veille, les membres qui n'ont pas voté reçoivent un rappel.")
            .WithRequestExample(new
            {
                title = "Réunion de juin",
                closesAt = "2022-06-01T18:00",
                options = new[] { new { startsAt = "2022-06-16T09:30", durationMinutes = 180 }, new { startsAt = "2022-06-23T14:00", durationMinutes = 180 } },
            })
            .ProducesClientErrors(400, 401, 403, 404, 413, 422);
}
