using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Registration.Emails;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Registration.Features.WithdrawApplication;

public sealed record WithdrawApplication(Guid ApplicationId, Caller Caller) : ICommand<ApplicationView>;

internal sealed class WithdrawApplicationHandler(RegistrationDbContext db, TimeProvider clock, IOptions<RetentionOptions> retention)
    : ICommandHandler<WithdrawApplication, ApplicationView>
{
    public async ValueTask<ApplicationView> Handle(WithdrawApplication command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await db.FindForAsync(command.ApplicationId, command.Caller, cancellationToken);
        var call = await db.FindCallToReadAsync(application.CallId, cancellationToken);
        application.Withdraw(now);
        db.Publish(new ApplicationWithdrawn(application.Id, call.Id));
        db.QueueEmail(application.Id, RegistrationEmails.Withdrawn(application, call, retention.Value));
        // If a parallel request (the same withdrawal clicked twice, an erasure) changed it first, its
        // event and e-mail are the ones that count; this one's are rolled back with it.
        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "La candidature vient d'être modifiée (déjà retirée ou effacée) ; rechargez-la pour voir son état.",
            "The application was just changed (already withdrawn or erased); reload it to see its state.")), cancellationToken);

        return ApplicationView.From(application, call.IsOpen(now));
    }
}

internal static class WithdrawApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/applications/{applicationId:guid}/withdraw", async (Guid applicationId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawApplication(applicationId, Caller.From(http.User)), ct)))
            .RequireAuthorization(Policies.Applicant)
            .WithSummary("Retirer sa candidature")
            .WithDescription("Avec le jeton privé de la candidature. La candidature ne sera pas examinée ; un e-mail le confirme.")
            .ProducesClientErrors(401, 403, 404, 409);
}
