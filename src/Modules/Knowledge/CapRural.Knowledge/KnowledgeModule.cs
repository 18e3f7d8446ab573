using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.Knowledge.Contracts;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Knowledge.Features.ArchiveMethodSheet;
using CapRural.Knowledge.Demo;
using CapRural.Knowledge.Features.CreateMethodSheet;
using CapRural.Knowledge.Features.Diagnostics;
using CapRural.Knowledge.Features.ChangeDirectoryConsent;
using CapRural.Knowledge.Features.DraftSheetFromNote;
using CapRural.Knowledge.Features.EditMethodSheet;
using CapRural.Knowledge.Features.ExportArchive;
using CapRural.Knowledge.Features.GetMethodSheet;
using CapRural.Knowledge.Features.GetPublicSheet;
using CapRural.Knowledge.Features.ListDirectory;
using CapRural.Knowledge.Features.ListExperienceReports;
using CapRural.Knowledge.Features.ListMeetingNotes;
using CapRural.Knowledge.Features.ListMethodSheets;
using CapRural.Knowledge.Features.ListPublicSheets;
using CapRural.Knowledge.Features.ListRevisions;
using CapRural.Knowledge.Features.ModerateExperienceReport;
using CapRural.Knowledge.Features.MethodSheetFeed;
using CapRural.Knowledge.Features.PublishMethodSheet;
using CapRural.Knowledge.Features.SubmitExperienceReport;
using CapRural.Knowledge.Features.SubmitMethodSheet;
using CapRural.Knowledge.Consumers;
using CapRural.Knowledge.Infrastructure;
using CapRural.Knowledge.Infrastructure.PostgreSql;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Knowledge;

/// <summary>
/// Method sheets: drafting, review, numbered revisions, and the partner API that publishes them;
/// the "qui fait quoi" directory of consenting members (consent changed at any time with the member token);
/// the comptes rendus of meetings held, to turn into sheets; members' experience reports, moderated and published.
/// </summary>
public sealed class KnowledgeModule : IModule
{
    public string Name => "knowledge";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<KnowledgeDbContext, KnowledgePostgreSqlDbContext>(Name).AddEventContracts<MethodSheetPublished>();
        services.AddValidatorsFromAssemblyContaining<KnowledgeModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<ISheetSearch, FoldedTextSearch>();
        services.AddSingleton<IDemoSeeder, KnowledgeDemoSeeder>();
        services.AddSingleton<PublicListCache>();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section);
        services.AddScoped<MemberErasure>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Savoirs");
        CreateMethodSheetEndpoint.Map(api);
        ListMethodSheetsEndpoint.Map(api);
        GetMethodSheetEndpoint.Map(api);
        EditMethodSheetEndpoint.Map(api);
        SubmitMethodSheetEndpoint.Map(api);
        PublishMethodSheetEndpoint.Map(api);
        ArchiveMethodSheetEndpoint.Map(api);
        ListRevisionsEndpoint.Map(api);
        ListPublicSheetsEndpoint.Map(api);
        MethodSheetFeedEndpoint.Map(api);
        ExportArchiveEndpoint.Map(api);
        GetPublicSheetEndpoint.Map(api);
        ListDirectoryEndpoint.Map(api);
        ChangeDirectoryConsentEndpoint.Map(api);
        ListMeetingNotesEndpoint.Map(api);
        DraftSheetFromNoteEndpoint.Map(api);
        SubmitExperienceReportEndpoint.Map(api);
        ListExperienceReportsEndpoint.Map(api);
        ModerateExperienceReportEndpoints.Map(api);
        // Read from this host's configuration: one module instance serves every host of the process.
        if (endpoints.ServiceProvider.GetRequiredService<IConfiguration>().GetValue<bool>(BareSheetsEndpoint.Flag))
        {
            BareSheetsEndpoint.Map(api);
        }
    }
}
