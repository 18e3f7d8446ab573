using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Registration.Domain;
using CapRural.Registration.Infrastructure;
using CapRural.Territories;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Registration.Features.CorrectApplication;

public sealed record CorrectApplication : ApplicationForm, ICommand<ApplicationView>
{
    [JsonIgnore]
    public Guid ApplicationId { get; init; }

    [JsonIgnore]
    public Caller Caller { get; init; } = Caller.Anonymous;
}

internal sealed class CorrectApplicationValidator(Gazetteer gazetteer) : ApplicationFormValidator<CorrectApplication>(gazetteer);

internal sealed class CorrectApplicationHandler(RegistrationDbContext db, Gazetteer gazetteer, TimeProvider clock)
    : ICommandHandler<CorrectApplication, ApplicationView>
{
    public async ValueTask<ApplicationView> Handle(CorrectApplication command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await db.FindForAsync(command.ApplicationId, command.Caller, cancellationToken);
        var call = await db.FindCallToReadAsync(application.CallId, cancellationToken);
        if (!call.IsOpen(now))
        {
            throw new ConflictException(Localized.Pick(
                "L'appel est clos : la candidature ne peut plus être corrigée. Vous pouvez encore la retirer ou faire effacer vos données.",
                "The call is closed: the application can no longer be corrected. You can still withdraw it or have your data erased."));
        }

        var emailKey = Application.EmailKeyOf(command.Email!);
        if (await db.Applications.AnyAsync(a => a.CallId == call.Id && a.EmailKey == emailKey && a.Status == ApplicationStatus.Submitted && a.Id != application.Id, cancellationToken))
        {
            throw EmailTaken();
        }

        application.Correct(command, gazetteer.Resolve(command.CommuneCode!), now);
        db.Publish(new ApplicationUpdated(application.Id, call.Id, application.ToProfile(), application.Siren));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            throw EmailTaken();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(Localized.Pick(
                "La candidature vient d'être modifiée par ailleurs ; rechargez-la puis recommencez.",
                "The application was just changed elsewhere; reload it and try again."));
        }

        return ApplicationView.From(application, callIsOpen: true);
    }

    private static ConflictException EmailTaken() => new(Localized.Pick(
        "Une autre candidature à cet appel utilise déjà cette adresse e-mail.",
        "Another application to this call already uses this e-mail address."));
}

internal static class CorrectApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/applications/{applicationId:guid}", async (Guid applicationId, CorrectApplication command, HttpContext http,
                IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { ApplicationId = applicationId, Caller = Caller.From(http.User) }, ct)))
            .RequireAuthorization(Policies.ApplicantOrCoordinator)
            .WithBodySizeLimit(ApplicationRules.BodyLimit)
            .WithSummary("Corriger une candidature")
            .WithDescription("Tant que l'appel est ouvert (sinon 409). Le formulaire complet est renvoyé, avec les mêmes règles qu'au dépôt.")
            .WithRequestExample(ApplicationExamples.SocialWorker)
            .ProducesClientErrors(400, 401, 403, 404, 409, 413, 422);
}
