using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Features.PublishMethodSheet;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Knowledge.Features.ModerateExperienceReport;

/// <summary>Accepting publishes the report as a sheet of kind <c>experienceReport</c>, the same way the coordinator publishes a sheet.</summary>
public sealed record AcceptExperienceReport(Guid ReportId) : ICommand<ExperienceReportView>;

public sealed record RejectExperienceReportBody(string? Reason);

public sealed record RejectExperienceReport(Guid ReportId, string? Reason) : ICommand<ExperienceReportView>;

internal sealed class RejectExperienceReportValidator : AbstractValidator<RejectExperienceReport>
{
    public RejectExperienceReportValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(ExperienceReportRules.ReasonMax);
}

internal sealed class AcceptExperienceReportHandler(
    KnowledgeDbContext db, ISheetSearch search, TimeProvider clock, PublicListCache publicList, IOptions<PlatformOptions> platform,
    IOptions<KnowledgeOptions> options)
    : ICommandHandler<AcceptExperienceReport, ExperienceReportView>
{
    public async ValueTask<ExperienceReportView> Handle(AcceptExperienceReport command, CancellationToken cancellationToken)
    {
        var report = await db.FindReportAsync(command.ReportId, cancellationToken);
        var author = await db.AuthorAsync(report, cancellationToken);
        var now = clock.GetUtcNow();
        var content = report.Content(author?.Name);
        var sheet = MethodSheet.Create(content, await db.FreeSlugAsync(content.Title, null, cancellationToken), now, SheetKind.ExperienceReport);
        report.Accept(sheet.Id, content, now);
        db.Sheets.Add(sheet);
        sheet.Submit(now);
        await db.PublishAsync(sheet, search, options.Value, now, cancellationToken);
        if (author is { Email.Length: > 0 })
        {
            var link = $"{platform.Value.WebsiteBaseUrl.TrimEnd('/')}/fiches-methode/{sheet.Slug}";
            db.QueueEmail(report.ApplicationId, ExperienceReportEmails.Accepted(author, report, link));
        }

        // The report's version guards the race: of two decisions at once, the second gets a 409, and its e-mail is never stored.
        await db.SaveSheetAsync(cancellationToken);
        publicList.Invalidate();
        return ExperienceReportView.From(report);
    }
}

internal sealed class RejectExperienceReportHandler(KnowledgeDbContext db, TimeProvider clock)
    : ICommandHandler<RejectExperienceReport, ExperienceReportView>
{
    public async ValueTask<ExperienceReportView> Handle(RejectExperienceReport command, CancellationToken cancellationToken)
    {
        var report = await db.FindReportAsync(command.ReportId, cancellationToken);
        report.Reject(command.Reason!.Trim(), clock.GetUtcNow());
        if (await db.AuthorAsync(report, cancellationToken) is { Email.Length: > 0 } author)
        {
            db.QueueEmail(report.ApplicationId, ExperienceReportEmails.Rejected(author, report));
        }

        await db.SaveSheetAsync(cancellationToken);
        return ExperienceReportView.From(report);
    }
}

internal static class ModerateExperienceReportEndpoints
{
    /// <summary>The author as Knowledge knows them (they may have left the group since; never once erased).</summary>
    public static Task<Member?> AuthorAsync(this KnowledgeDbContext db, ExperienceReport report, CancellationToken cancellationToken) =>
        db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.ApplicationId == report.ApplicationId && !m.Erased, cancellationToken);

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/experience-reports/{reportId:guid}/accept", async (Guid reportId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcceptExperienceReport(reportId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Accepter un retour d'expérience")
            .WithDescription("Le retour est publié comme une fiche de type `experienceReport` (révision 1), visible dans l'API partenaires. " +
                "La fiche nomme l'auteur seulement s'il l'a choisi (`publishAuthorName`), sinon « un·e membre du groupe ». " +
                "L'auteur est prévenu par e-mail. Une seule décision par retour : 409 ensuite.")
            .ProducesClientErrors(401, 403, 404, 409);

        api.MapPost("/experience-reports/{reportId:guid}/reject", async (Guid reportId, RejectExperienceReportBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectExperienceReport(reportId, body.Reason), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Refuser un retour d'expérience")
            .WithDescription("Le motif (`reason`) est obligatoire ; il est envoyé à l'auteur par e-mail. Une seule décision par retour : 409 ensuite.")
            .ProducesClientErrors(400, 401, 403, 404, 409, 422);
    }
}
