using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Emails;
using CapRural.Registration.Infrastructure;
using CapRural.Territories;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.SubmitApplication;

public sealed record SubmitApplication : ApplicationForm, ICommand<SubmittedApplication>
{
    [JsonIgnore]
    public Guid CallId { get; init; }
}

/// <summary>The answer to a submission. The edit token is shown here once, and e-mailed.</summary>
public sealed record SubmittedApplication(
    Guid ApplicationId,
    string EditToken,
    ApplicationStatus Status,
    string CommuneName,
    TerritoryRef Department,
    TerritoryRef? Epci,
    LocationView Location);

internal sealed class SubmitApplicationValidator(Gazetteer gazetteer) : ApplicationFormValidator<SubmitApplication>(gazetteer);

internal sealed class SubmitApplicationHandler(
    RegistrationDbContext db,
    Gazetteer gazetteer,
    IOptions<PlatformOptions> platform,
    IOptions<RetentionOptions> retention,
    TimeProvider clock) : ICommandHandler<SubmitApplication, SubmittedApplication>
{
    // Asked at every submission: compiled once.
    private static readonly Func<RegistrationDbContext, Guid, string, CancellationToken, Task<bool>> AlreadyApplied =
        EF.CompileAsyncQuery((RegistrationDbContext db, Guid callId, string emailKey, CancellationToken _) =>
            db.Applications.Any(a => a.CallId == callId && a.EmailKey == emailKey && a.Status == ApplicationStatus.Submitted));

    public async ValueTask<SubmittedApplication> Handle(SubmitApplication command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await db.KeepConnectionOpenAsync(cancellationToken);
        var call = await db.FindCallToReadAsync(command.CallId, cancellationToken);
        call.EnsureAcceptsApplications(now);

        var emailKey = Application.EmailKeyOf(command.Email!);
        if (await AlreadyApplied(db, call.Id, emailKey, cancellationToken))
        {
            throw Duplicate();
        }

        var token = SecretToken.New();
        var application = Application.Submit(call.Id, command, gazetteer.Resolve(command.CommuneCode!), SecretToken.Hash(token), now);
        db.Applications.Add(application);
        db.Publish(new ApplicationSubmitted(application.Id, call.Id, application.ToProfile(), now, application.Siren));
        db.QueueEmail(application.Id, RegistrationEmails.Acknowledgement(application, call, platform.Value.EditLink(application.Id, token), retention.Value));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw Duplicate();
        }

        var place = application.Place;
        return new SubmittedApplication(
            application.Id, token, application.Status, place.CommuneName,
            new TerritoryRef(place.DepartmentCode, place.DepartmentName),
            place.EpciSiren is null ? null : new TerritoryRef(place.EpciSiren, place.EpciName),
            new LocationView(place.Latitude, place.Longitude, place.Precision));
    }

    private static ConflictException Duplicate() => new(Localized.Pick(
        "Une candidature à cet appel existe déjà pour cette adresse e-mail. Corrigez-la avec le lien personnel reçu par e-mail, " +
        "ou demandez un nouveau lien (POST /api/applications/lost-link).",
        "An application to this call already exists for this e-mail address. Correct it with the personal link you received, " +
        "or ask for a new link (POST /api/applications/lost-link)."));
}

internal static class SubmitApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/calls/{callId:guid}/applications", async (Guid callId, SubmitApplication command, IMediator mediator, CancellationToken ct) =>
            {
                var submitted = await mediator.Send(command with { CallId = callId }, ct);
                return TypedResults.Created($"/api/applications/{submitted.ApplicationId}", submitted);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicWrite)
            .WithBodySizeLimit(ApplicationRules.BodyLimit)
            .WithSummary("Candidater à un appel")
            .WithDescription("Formulaire du site. La commune est donnée par son code INSEE ; la réponse indique le département, l'EPCI et la localisation retenus. " +
                "Le jeton `editToken` (à envoyer dans `X-Application-Token`) permet de relire, corriger, retirer ou effacer la candidature ; il est aussi envoyé par e-mail. " +
                "Une seule candidature par adresse e-mail et par appel ; uniquement pendant la période de l'appel (sinon 409).")
            .WithRequestExample(ApplicationExamples.SocialWorker)
            .ProducesClientErrors(400, 404, 409, 413, 422, 429);
}
