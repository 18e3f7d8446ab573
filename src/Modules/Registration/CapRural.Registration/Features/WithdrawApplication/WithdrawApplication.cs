using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Security;
using CapRural.Registration.Contracts;
using CapRural.Registration.Emails;
using CapRural.Registration.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CapRural.Registration.Features.WithdrawApplication;

public sealed record WithdrawApplication(Guid ApplicationId, Caller Caller) : ICommand<ApplicationView>;

internal sealed class WithdrawApplicationHandler(RegistrationDbContext db, TimeProvider clock) : ICommandHandler<WithdrawApplication, ApplicationView>
{
    public async ValueTask<ApplicationView> Handle(WithdrawApplication command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var application = await db.FindForAsync(command.ApplicationId, command.Caller, cancellationToken);
        var call = await db.FindCallAsync(application.CallId, cancellationToken);
        application.Withdraw(now);
        db.Publish(new ApplicationWithdrawn(application.Id, call.Id));
        db.QueueEmail(application.Id, RegistrationEmails.Withdrawn(application, call));
        await db.SaveChangesAsync(cancellationToken);
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
