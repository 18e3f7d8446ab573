using CapRural.BuildingBlocks.Messaging;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.Selection.Contracts;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Selection.Demo;
using CapRural.Selection.Features.AssignReviewer;
using CapRural.Selection.Features.DecideCandidate;
using CapRural.Selection.Features.ExportBoard;
using CapRural.Selection.Features.GetBoard;
using CapRural.Selection.Features.GetCandidate;
using CapRural.Selection.Features.GroupOrganisations;
using CapRural.Selection.Features.LapseOffers;
using CapRural.Selection.Features.ListReviewers;
using CapRural.Selection.Features.ResendConfirmationLink;
using CapRural.Selection.Features.ProposeGroup;
using CapRural.Selection.Features.Record;
using CapRural.Selection.Features.RedactCandidate;
using CapRural.Selection.Features.PublishSelection;
using CapRural.Selection.Features.RespondToOffer;
using CapRural.Selection.Features.OfferPlace;
using CapRural.Selection.Features.ReviewSettings;
using CapRural.Selection.Features.SetCriteria;
using CapRural.Selection.Features.SubmitReview;
using CapRural.Selection.Infrastructure;
using CapRural.Selection.Infrastructure.PostgreSql;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Selection;

/// <summary>Review of the candidates, a balanced group proposal, decisions, publication and confirmation.</summary>
public sealed class SelectionModule : IModule
{
    public string Name => "selection";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SelectionDbContext, SelectionPostgreSqlDbContext>(Name).AddEventContracts<CandidateAccepted>();
        services.AddValidatorsFromAssemblyContaining<SelectionModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddRetentionOptions();
        services.AddSingleton<IDemoSeeder, SelectionDemoSeeder>();
        services.AddPeriodicCommand("selection.lapse-offers", "Lapsing offers left unanswered past their deadline", TimeSpan.FromMinutes(15),
            async (mediator, ct) => await mediator.Send(new LapseUnansweredOffers(), ct));
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Sélection");
        GetBoardEndpoint.Map(api);
        ExportBoardEndpoint.Map(api);
        GetCandidateEndpoint.Map(api);
        RedactCandidateEndpoint.Map(api);
        SubmitReviewEndpoint.Map(api);
        AssignReviewerEndpoint.Map(api);
        ListReviewersEndpoint.Map(api);
        ChangeReviewSettingsEndpoint.Map(api);
        SetCriteriaEndpoint.Map(api);
        GroupOrganisationsEndpoint.Map(api);
        ProposeGroupEndpoint.Map(api);
        SelectionRecordEndpoints.Map(api);
        DecideCandidateEndpoint.Map(api);
        PublishSelectionEndpoint.Map(api);
        OfferPlaceEndpoint.Map(api);
        RespondToOfferEndpoint.Map(api);
        ResendConfirmationLinkEndpoint.Map(api);
    }
}
