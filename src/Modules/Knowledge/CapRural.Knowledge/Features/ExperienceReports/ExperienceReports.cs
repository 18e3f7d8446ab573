using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Paging;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.ExperienceReports;

/// <summary>A retour d'expérience as the coordinator moderates it.</summary>
public sealed record ExperienceReportView(
    Guid ReportId,
    Guid GroupId,
    string AuthorName,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<string> Themes,
    ExperienceReportStatus Status,
    string? RejectionReason,
    Guid? SheetId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? DecidedAt)
{
    internal static ExperienceReportView From(ExperienceReport r) => new(
        r.Id, r.GroupId, r.AuthorName, r.Title, r.Summary, r.Body, r.Themes, r.Status, r.RejectionReason, r.SheetId, r.SubmittedAt, r.DecidedAt);
}

/// <summary>What the member sends; the token comes from the <c>X-Member-Token</c> header.</summary>
public sealed record SubmitExperienceReportBody(string? Title, string? Summary, string? Body, IReadOnlyList<string>? Themes);

public sealed record SubmitExperienceReport(Caller Caller, string? Title, string? Summary, string? Body, IReadOnlyList<string>? Themes)
    : ICommand<ExperienceReportView>;

internal sealed class SubmitExperienceReportValidator : AbstractValidator<SubmitExperienceReport>
{
    public SubmitExperienceReportValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(SheetRules.TitleMax);
        RuleFor(r => r.Summary).MaximumLength(SheetRules.SummaryMax);
        RuleFor(r => r.Body).NotEmpty().MaximumLength(SheetRules.BodyMax);
        RuleFor(r => r.Themes).Must(t => t is null || t.Count <= SheetRules.MaxThemes)
            .WithMessage(_ => Localized.Pick($"Au plus {SheetRules.MaxThemes} thèmes.", $"At most {SheetRules.MaxThemes} themes."));
        RuleForEach(r => r.Themes).NotEmpty().MaximumLength(SheetRules.ThemeMax);
    }
}

internal sealed class SubmitExperienceReportHandler(KnowledgeDbContext db, TimeProvider clock)
    : ICommandHandler<SubmitExperienceReport, ExperienceReportView>
{
    public async ValueTask<ExperienceReportView> Handle(SubmitExperienceReport command, CancellationToken cancellationToken)
    {
        var token = await db.FindMemberTokenAsync(command.Caller, cancellationToken);
        var name = await db.Members.Where(m => m.ApplicationId == token.ApplicationId).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
        var report = ExperienceReport.Submit(token, name ?? "", command.Title!.Trim(), command.Summary?.Trim() ?? "", command.Body!,
            SheetRules.NormaliseThemes(command.Themes ?? []), clock.GetUtcNow());
        db.ExperienceReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return ExperienceReportView.From(report);
    }
}

public sealed record ListExperienceReports(PageRequest Paging, ExperienceReportStatus? Status)
    : IQuery<PagedResult<ExperienceReportView>>, IPagedQuery;

internal sealed class ListExperienceReportsValidator : PagedQueryValidator<ListExperienceReports>;

internal sealed class ListExperienceReportsHandler(KnowledgeDbContext db)
    : IQueryHandler<ListExperienceReports, PagedResult<ExperienceReportView>>
{
    public async ValueTask<PagedResult<ExperienceReportView>> Handle(ListExperienceReports query, CancellationToken cancellationToken)
    {
        var reports = db.ExperienceReports.AsNoTracking();
        if (query.Status is { } status)
        {
            reports = reports.Where(r => r.Status == status);
        }

        var page = await reports.OrderByDescending(r => r.SubmittedAt).ThenBy(r => r.Id).ToPageAsync(query.Paging, cancellationToken);
        return new PagedResult<ExperienceReportView>([.. page.Items.Select(ExperienceReportView.From)], page.Page, page.PageSize, page.Total);
    }
}

/// <summary>Accepting publishes the report as a sheet of kind <c>experienceReport</c>, through the usual review and publication.</summary>
public sealed record AcceptExperienceReport(Guid ReportId) : ICommand<ExperienceReportView>;

internal sealed class AcceptExperienceReportHandler(KnowledgeDbContext db, ISheetSearch search, TimeProvider clock, PublicListCache publicList)
    : ICommandHandler<AcceptExperienceReport, ExperienceReportView>
{
    public async ValueTask<ExperienceReportView> Handle(AcceptExperienceReport command, CancellationToken cancellationToken)
    {
        var report = await db.FindReportAsync(command.ReportId, cancellationToken);
        var now = clock.GetUtcNow();
        var content = report.Content();
        var sheet = MethodSheet.Create(content, await db.FreeSlugAsync(content.Title, null, cancellationToken), now, SheetKind.ExperienceReport);
        report.Accept(sheet.Id, now);
        db.Sheets.Add(sheet);
        sheet.Submit(now);
        var (revision, published) = sheet.Publish(now);
        db.Revisions.Add(revision);
        var online = PublicSheet.For(sheet.Id);
        online.Show(revision, sheet.Kind, sheet.FirstPublishedAt!.Value, SafeHtml.Render(revision.Body), search.IndexText(revision));
        db.PublicSheets.Add(online);
        db.Publish(published);
        // The report's version guards the race: of two decisions at once, the second gets a 409.
        await db.SaveSheetAsync(cancellationToken);
        publicList.Invalidate();
        return ExperienceReportView.From(report);
    }
}

public sealed record RejectExperienceReportBody(string? Reason);

public sealed record RejectExperienceReport(Guid ReportId, string? Reason) : ICommand<ExperienceReportView>;

internal sealed class RejectExperienceReportValidator : AbstractValidator<RejectExperienceReport>
{
    public RejectExperienceReportValidator() =>
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(ExperienceReportRules.ReasonMax);
}

internal sealed class RejectExperienceReportHandler(KnowledgeDbContext db, TimeProvider clock)
    : ICommandHandler<RejectExperienceReport, ExperienceReportView>
{
    public async ValueTask<ExperienceReportView> Handle(RejectExperienceReport command, CancellationToken cancellationToken)
    {
        var report = await db.FindReportAsync(command.ReportId, cancellationToken);
        report.Reject(command.Reason!.Trim(), clock.GetUtcNow());
        await db.SaveSheetAsync(cancellationToken);
        return ExperienceReportView.From(report);
    }
}

internal static class ExperienceReportLookup
{
    public static async Task<ExperienceReport> FindReportAsync(this KnowledgeDbContext db, Guid reportId, CancellationToken cancellationToken) =>
        await db.ExperienceReports.FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken)
        ?? throw new NotFoundException(Localized.Pick("Retour d'expérience introuvable.", "Experience report not found."));

    public static async Task<MemberToken> FindMemberTokenAsync(this KnowledgeDbContext db, Caller caller, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(caller.MemberToken))
        {
            var hash = SecretToken.Hash(caller.MemberToken);
            var token = await db.MemberTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
            if (token is not null && SecretToken.Matches(caller.MemberToken, token.TokenHash))
            {
                return token;
            }
        }

        throw new ForbiddenException(Localized.Pick("Ce jeton de membre n'est pas (ou plus) valable.", "This member token is not (or no longer) valid."));
    }
}

internal static class ExperienceReportEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/experience-reports", async (SubmitExperienceReportBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var report = await mediator.Send(
                    new SubmitExperienceReport(Caller.From(http.User), body.Title, body.Summary, body.Body, body.Themes), ct);
                return TypedResults.Created($"/api/experience-reports/{report.ReportId}", report);
            })
            .RequireAuthorization(Policies.Member)
            .WithSummary("Envoyer un retour d'expérience")
            .WithDescription("Un membre d'un groupe de travail, avec son jeton privé (en-tête X-Member-Token), propose un retour " +
                "d'expérience : titre, résumé facultatif, contenu en Markdown et thèmes. Il attend la modération de la coordination.")
            .WithBodySizeLimit(SheetLimits.RequestBytes)
            .ProducesClientErrors(400, 401, 403, 413, 422);

        api.MapGet("/experience-reports", async (IMediator mediator, CancellationToken ct, string? status, int page = 1, int pageSize = PageRequest.DefaultSize) =>
                TypedResults.Ok(await mediator.Send(
                    new ListExperienceReports(new PageRequest(page, pageSize), QueryValues.Enum<ExperienceReportStatus>(status, "status")), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Lister les retours d'expérience")
            .WithDescription("Les plus récents d'abord. Filtre `status` : pending (à modérer), accepted (publiés), rejected (refusés).")
            .ProducesClientErrors(401, 403, 422);

        api.MapPost("/experience-reports/{reportId:guid}/accept", async (Guid reportId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AcceptExperienceReport(reportId), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Accepter un retour d'expérience")
            .WithDescription("Le retour est publié comme une fiche de type `experienceReport` (révision 1), visible dans l'API partenaires. " +
                "Une seule décision par retour : 409 ensuite.")
            .ProducesClientErrors(401, 403, 404, 409);

        api.MapPost("/experience-reports/{reportId:guid}/reject", async (Guid reportId, RejectExperienceReportBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RejectExperienceReport(reportId, body.Reason), ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Refuser un retour d'expérience")
            .WithDescription("Le motif (`reason`) est obligatoire. Une seule décision par retour : 409 ensuite.")
            .ProducesClientErrors(400, 401, 403, 404, 409, 422);
    }
}
