using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Infrastructure;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Knowledge.Features.SubmitExperienceReport;

/// <summary>
/// What the member sends; the token comes from the <c>X-Member-Token</c> header. <c>publishAuthorName</c>
/// is their choice to be named on the sheet if the report is accepted (false when left out).
/// </summary>
public sealed record SubmitExperienceReportBody(string? Title, string? Summary, string? Body, IReadOnlyList<string>? Themes, bool? PublishAuthorName);

public sealed record SubmitExperienceReport(
    Caller Caller, string? Title, string? Summary, string? Body, IReadOnlyList<string>? Themes, bool PublishAuthorName)
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
        var report = ExperienceReport.Submit(token, name ?? "", command.PublishAuthorName, command.Title!.Trim(), command.Summary?.Trim() ?? "",
            command.Body!, SheetRules.NormaliseThemes(command.Themes ?? []), clock.GetUtcNow());
        db.ExperienceReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return ExperienceReportView.From(report);
    }
}

internal static class SubmitExperienceReportEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/experience-reports", async (SubmitExperienceReportBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                var report = await mediator.Send(new SubmitExperienceReport(
                    Caller.From(http.User), body.Title, body.Summary, body.Body, body.Themes, body.PublishAuthorName ?? false), ct);
                return TypedResults.Created($"/api/experience-reports/{report.ReportId}", report);
            })
            .RequireAuthorization(Policies.Member)
            .WithSummary("Envoyer un retour d'expérience")
            .WithDescription("Un membre d'un groupe de travail, avec son jeton privé (en-tête X-Member-Token), propose un retour " +
                "d'expérience : titre, résumé facultatif, contenu en Markdown et thèmes. Il attend la modération de la coordination. " +
                "`publishAuthorName` (faux par défaut) : s'il est accepté, la fiche publiée porte le nom du membre seulement s'il l'a " +
                "choisi ici ; sinon elle indique « un·e membre du groupe ». Le membre reçoit un e-mail à la décision. " +
                "Jeton inconnu ou d'un membre parti : 401.")
            .WithBodySizeLimit(SheetLimits.RequestBytes)
            .ProducesClientErrors(400, 401, 403, 413, 422);
}
