using System.Text.Json.Serialization;
using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CapRural.Meetings.Features.EditVenue;

/// <summary>The whole venue, as for registering it: every field is replaced.</summary>
public sealed record EditVenue(string? Name, string? Address, string? CommuneCode, int? Capacity, string? Accessibility) : ICommand<VenueView>, IVenueFields
{
    [JsonIgnore]
    public Guid VenueId { get; init; }
}

internal sealed class EditVenueValidator : VenueFieldsValidator<EditVenue>;

internal sealed class EditVenueHandler(MeetingsDbContext db, TimeProvider clock, IOptions<PlatformOptions> platform) : ICommandHandler<EditVenue, VenueView>
{
    public async ValueTask<VenueView> Handle(EditVenue command, CancellationToken cancellationToken)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == command.VenueId, cancellationToken) ?? throw VenueNotFound();
        var commune = EditVenueValidator.Commune(command);
        var visible = venue.Edit(command.Name!.Trim(), command.Address!.Trim(), commune.Code, commune.Name,
            commune.Location.Latitude, commune.Location.Longitude, command.Capacity!.Value, command.Accessibility);
        if (visible)
        {
            // Members invited there read the new name or address, with an updated invitation.
            var now = clock.GetUtcNow();
            var upcoming = await db.Meetings
                .Where(m => m.VenueId == venue.Id && m.Status == MeetingStatus.Planned && m.StartsAt > now)
                .ToListAsync(cancellationToken);
            foreach (var meeting in upcoming)
            {
                meeting.VenueEdited(now);
                await db.TellMembersAsync(MeetingNotices.Kind.Change, await db.FindGroupAsync(meeting.GroupId, cancellationToken), meeting,
                    platform.Value, now, cancellationToken, venueOverride: venue);
            }
        }

        await db.SaveOrConflictAsync(() => new ConflictException(Localized.Pick(
            "Une réunion de ce lieu vient d'être modifiée ; rien n'a été envoyé. Recommencez.",
            "A meeting at this venue was just changed; nothing was sent. Try again.")), cancellationToken);
        return VenueView.From(venue);
    }

    private static NotFoundException VenueNotFound() => new(Localized.Pick("Lieu introuvable.", "Venue not found."));
}

internal static class EditVenueEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/venues/{venueId:guid}", async (Guid venueId, EditVenue command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command with { VenueId = venueId }, ct)))
            .RequireAuthorization(Policies.Coordinator)
            .WithSummary("Modifier un lieu de réunion")
            .WithDescription("Tous les champs, comme à l'enregistrement. Si le nom, l'adresse, la commune ou l'accessibilité changent, " +
                "les membres invités à une réunion à venir dans ce lieu reçoivent l'invitation mise à jour. Un lieu retiré ne se modifie plus (409).")
            .WithRequestExample(new
            {
                name = "Maison des associations",
                address = "2 rue Gilbert Romme",
                communeCode = "63113",
                capacity = 40,
                accessibility = "Salle de plain-pied, accessible en fauteuil ; gare à 10 minutes à pied.",
            })
            .ProducesClientErrors(400, 401, 403, 404, 409, 422);
}
