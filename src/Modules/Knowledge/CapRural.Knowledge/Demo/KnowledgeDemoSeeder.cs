using CapRural.BuildingBlocks.Modules;
using CapRural.Knowledge.Features.ArchiveMethodSheet;
using CapRural.Knowledge.Features.CreateMethodSheet;
using CapRural.Knowledge.Features.EditMethodSheet;
using CapRural.Knowledge.Features.PublishMethodSheet;
using CapRural.Knowledge.Features.SubmitMethodSheet;
using CapRural.Knowledge.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Knowledge.Demo;

/// <summary>
/// April–June 2022: the group writes its first method sheets; one gets a second revision, one is
/// archived. The directory fills itself from Selection's events when the demo's outbox is delivered.
/// </summary>
internal sealed class KnowledgeDemoSeeder : IDemoSeeder
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(2);

    public async Task SeedAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<KnowledgeDbContext>();
        if (await db.Sheets.AnyAsync(cancellationToken))
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var clock = services.GetRequiredService<DemoClock>();

        var diagnostic = await PublishAsync(mediator, clock, DemoSheets.DiagnosticPartage, new DateTimeOffset(2022, 4, 12, 10, 0, 0, Paris), cancellationToken);
        await PublishAsync(mediator, clock, DemoSheets.ConventionTerritoriale, new DateTimeOffset(2022, 4, 26, 10, 0, 0, Paris), cancellationToken);
        await PublishAsync(mediator, clock, DemoSheets.MobiliteSolidaire, new DateTimeOffset(2022, 5, 10, 10, 0, 0, Paris), cancellationToken);
        var guichet = await PublishAsync(mediator, clock, DemoSheets.GuichetUnique, new DateTimeOffset(2022, 5, 17, 10, 0, 0, Paris), cancellationToken);

        clock.Set(new DateTimeOffset(2022, 6, 7, 10, 0, 0, Paris));
        var v2 = DemoSheets.DiagnosticPartageV2;
        await mediator.Send(new EditMethodSheet(v2.Title, v2.Summary, v2.Body, v2.Themes, v2.Authors, null, null) { SheetId = diagnostic }, cancellationToken);
        await ReviewAndPublishAsync(mediator, clock, diagnostic, new DateTimeOffset(2022, 6, 9, 10, 0, 0, Paris), cancellationToken);

        clock.Set(new DateTimeOffset(2022, 6, 14, 10, 0, 0, Paris));
        await mediator.Send(new ArchiveMethodSheet(guichet), cancellationToken);

        // A draft in progress: the coordinator's list shows it, partners do not.
        clock.Set(new DateTimeOffset(2022, 6, 21, 10, 0, 0, Paris));
        var draft = DemoSheets.CafeDesParents;
        await mediator.Send(new CreateMethodSheet(draft.Title, draft.Summary, draft.Body, draft.Themes, draft.Authors, null, null), cancellationToken);

        output.WriteLine("5 fiches méthode : 3 en ligne (dont une à sa 2e révision), 1 archivée, 1 brouillon.");
    }

    private static async Task<Guid> PublishAsync(IMediator mediator, DemoClock clock, DemoSheet sheet, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        clock.Set(createdAt);
        var created = await mediator.Send(new CreateMethodSheet(sheet.Title, sheet.Summary, sheet.Body, sheet.Themes, sheet.Authors, null, null), cancellationToken);
        await ReviewAndPublishAsync(mediator, clock, created.SheetId, createdAt.AddDays(2), cancellationToken);
        return created.SheetId;
    }

    private static async Task ReviewAndPublishAsync(IMediator mediator, DemoClock clock, Guid sheetId, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        await mediator.Send(new SubmitMethodSheet(sheetId), cancellationToken);
        clock.Set(publishedAt);
        await mediator.Send(new PublishMethodSheet(sheetId), cancellationToken);
    }
}
