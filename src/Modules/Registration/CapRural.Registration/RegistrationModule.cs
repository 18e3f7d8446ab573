using CapRural.BuildingBlocks.Messaging;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.Registration.Contracts;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Registration.Demo;
using CapRural.Registration.Features.CloseCall;
using CapRural.Registration.Features.DeleteCall;
using CapRural.Registration.Features.CloseCallsAtDeadline;
using CapRural.Registration.Features.CorrectApplication;
using CapRural.Registration.Features.CreateCall;
using CapRural.Registration.Features.EditCall;
using CapRural.Registration.Features.EraseApplication;
using CapRural.Registration.Features.ExportApplications;
using CapRural.Registration.Features.ExportPersonalData;
using CapRural.Registration.Features.GetApplication;
using CapRural.Registration.Features.GetCall;
using CapRural.Registration.Features.GetRetentionSchedule;
using CapRural.Registration.Features.ListApplications;
using CapRural.Registration.Features.ListCalls;
using CapRural.Registration.Features.PublishCall;
using CapRural.Registration.Features.PurgeExpiredApplications;
using CapRural.Registration.Features.RequestLostLink;
using CapRural.Registration.Features.SubmitApplication;
using CapRural.Registration.Features.WithdrawApplication;
using CapRural.Registration.Infrastructure;
using CapRural.Registration.Infrastructure.PostgreSql;
using CapRural.Territories;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CapRural.Registration;

/// <summary>Calls for expressions of interest and the applications they receive.</summary>
public sealed class RegistrationModule : IModule
{
    public string Name => "registration";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<RegistrationDbContext, RegistrationPostgreSqlDbContext>(Name).AddEventContracts<ApplicationSubmitted>();
        services.TryAddSingleton(_ => Gazetteer.Default);
        services.AddValidatorsFromAssemblyContaining<RegistrationModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddSingleton<IDemoSeeder, RegistrationDemoSeeder>();
        services.AddPeriodicCommand("registration.close-calls", "Closing calls at their deadline", TimeSpan.FromMinutes(1),
            async (mediator, ct) => await mediator.Send(new CloseCallsAtDeadline(), ct));
        services.AddRetentionOptions();
        services.AddPeriodicCommand("registration.erase-expired", "Erasing applications after their retention delay", TimeSpan.FromHours(1),
            async (mediator, ct) => await mediator.Send(new PurgeExpiredApplications(), ct));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Inscriptions");
        CreateCallEndpoint.Map(api);
        ListCallsEndpoint.Map(api);
        GetCallEndpoint.Map(api);
        EditCallEndpoint.Map(api);
        PublishCallEndpoint.Map(api);
        CloseCallEndpoint.Map(api);
        DeleteCallEndpoint.Map(api);
        SubmitApplicationEndpoint.Map(api);
        RequestLostLinkEndpoint.Map(api);
        GetApplicationEndpoint.Map(api);
        CorrectApplicationEndpoint.Map(api);
        WithdrawApplicationEndpoint.Map(api);
        EraseApplicationEndpoint.Map(api);
        ExportPersonalDataEndpoint.Map(api);
        ListApplicationsEndpoint.Map(api);
        ExportApplicationsEndpoint.Map(api);
        GetRetentionScheduleEndpoint.Map(api);
    }
}
