using System.Globalization;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.Meetings.Domain.Centrality;
using CapRural.Meetings.Features.ChangeMeeting;
using CapRural.Meetings.Features.CreateVenue;
using CapRural.Meetings.Features.PlanMeeting;
using CapRural.Meetings.Features.PlanVenueSeries;
using CapRural.Meetings.Features.RecordMinutes;
using CapRural.Meetings.Features.Shared;
using CapRural.Meetings.Features.SuggestVenues;
using CapRural.Meetings.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Meetings.Demo;

/// <summary>
/// March–December 2022: the coordinator registers a few venues of the region, plans the first meeting
/// on 7 April at the most central one, then the rest of the cycle at the fair venues of the series plan; the September meeting goes remote.
/// </summary>
internal sealed class MeetingsDemoSeeder : IDemoSeeder
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly CreateVenue[] Venues =
    [
        new("Maison des associations", "2 rue Gilbert Romme", "63113", 40,
            "Salle de plain-pied, accessible en fauteuil ; gare et tramway à 10 minutes à pied."),
        new("Maison de la vie associative", "4 rue André Malraux", "42218", 35,
            "Salle au rez-de-chaussée, ascenseur et toilettes adaptées ; tramway à proximité."),
        new("Salle des fêtes", "Place du Breuil", "43157", 60,
            "Accès de plain-pied ; stationnement réservé devant l'entrée."),
        new("Salle polyvalente", "Rue de la République", "63430", 30,
            "Salle au premier étage avec ascenseur ; gare à 15 minutes à pied."),
        new("Maison des associations", "Rue Jean-Baptiste Laurent", "63300", 25,
            "Salle de plain-pied, boucle magnétique ; gare de Riom à 8 minutes à pied."),
    ];

    public async Task SeedAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        // The group and its confirmed members reach this module through Selection's outbox: deliver it first.
        var processor = services.GetRequiredService<OutboxProcessor>();
        while (await processor.ProcessDueAsync(cancellationToken) > 0)
        {
        }

        var db = services.GetRequiredService<MeetingsDbContext>();
        if (await db.Venues.AnyAsync(cancellationToken))
        {
            return;
        }

        var group = await db.Groups.AsNoTracking().OrderBy(g => g.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return;
        }

        var mediator = services.GetRequiredService<IMediator>();
        var clock = services.GetRequiredService<DemoClock>();
        var members = await db.Members.CountAsync(m => m.GroupId == group.Id && m.LeftAt == null, cancellationToken);
        output.WriteLine($"Groupe « {group.Name} » formé avec {members} membres confirmé·e·s.");

        clock.Set(new DateTimeOffset(2022, 3, 21, 10, 0, 0, Winter));
        foreach (var venue in Venues)
        {
            await mediator.Send(venue, cancellationToken);
        }

        output.WriteLine($"{Venues.Length} lieux de réunion enregistrés dans la région.");

        clock.Set(new DateTimeOffset(2022, 3, 22, 10, 0, 0, Winter));
        var suggestions = await mediator.Send(
            new SuggestVenues(group.Id, CandidateKind.Venues, CommuneScope.Region, Venues.Length, InPersonOnly: false, MeetingId: null, RankingObjective.Total),
            cancellationToken);
        if (suggestions.Items is not [var best, ..] || best.VenueId is not { } venueId)
        {
            output.WriteLine("Aucun lieu à proposer : pas de réunion planifiée.");
            return;
        }

        var first = await mediator.Send(
            new PlanMeeting(
                "Première réunion du groupe",
                "2022-04-07T09:30",
                "2022-04-07T16:30",
                MeetingFormat.InPerson,
                venueId,
                null,
                ["Tour de table", "Nos pratiques d'aller-vers", "Calendrier de l'année"]) { GroupId = group.Id },
            cancellationToken);
        var commune = await db.Venues.AsNoTracking().Where(v => v.Id == venueId).Select(v => v.CommuneName).FirstAsync(cancellationToken);
        output.WriteLine($"Première réunion le 7 avril 2022 à « {best.Name} » ({commune}), " +
            $"le lieu le plus central : {best.TotalKm.ToString("0.0", French)} km au total, " +
            $"{best.MaxKm.ToString("0.0", French)} km au plus pour un·e membre.");

        clock.Set(new DateTimeOffset(2022, 4, 8, 10, 0, 0, Summer));
        await mediator.Send(new RecordMinutes(FirstMinutes, null) { MeetingId = first.MeetingId }, cancellationToken);
        output.WriteLine("Compte rendu de la première réunion enregistré et transmis au centre de ressources.");

        clock.Set(new DateTimeOffset(2022, 4, 12, 10, 0, 0, Summer));
        // The rest of the year shares the trips: the fair plan, not the most central venue three more times.
        var series = await mediator.Send(new PlanVenueSeries(Cycle.Length, null, null) { GroupId = group.Id }, cancellationToken);
        var cycle = new List<MeetingView>();
        foreach (var ((title, day), planned) in Cycle.Zip(series.Fair.Venues))
        {
            cycle.Add(await mediator.Send(
                new PlanMeeting(title, $"{day}T09:30", $"{day}T16:30", MeetingFormat.InPerson, planned.VenueId, null, null) { GroupId = group.Id },
                cancellationToken));
        }

        output.WriteLine($"Reste du cycle 2022 planifié : {string.Join(", ", Cycle.Zip(series.Fair.Venues).Select(c => $"{DateOnly.Parse(c.First.Day, CultureInfo.InvariantCulture).ToString("d MMMM", French)} ({c.Second.Name})"))} ; " +
            $"trajet cumulé le plus long {series.Fair.MaxMemberKm.ToString("0.0", French)} km, contre {series.MostCentral.MaxMemberKm.ToString("0.0", French)} km au lieu le plus central à chaque fois.");

        clock.Set(new DateTimeOffset(2022, 9, 12, 10, 0, 0, Summer));
        var september = cycle[1];
        await mediator.Send(
            new ChangeMeeting(null, null, null, MeetingFormat.Remote, null, "https://visio.caprural.org/groupe-2022-septembre", null, null)
            {
                MeetingId = september.MeetingId,
            },
            cancellationToken);
        output.WriteLine("La réunion du 29 septembre passe à distance (lien de visioconférence envoyé aux membres).");
    }

    private static readonly (string Title, string Day)[] Cycle =
    [
        ("Deuxième réunion du groupe", "2022-06-23"),
        ("Troisième réunion du groupe", "2022-09-29"),
        ("Quatrième réunion du groupe", "2022-12-08"),
    ];

    private const string FirstMinutes = """
        ## Tour de table

        Chaque membre a présenté son territoire, sa structure et une action d'aller-vers qui a marché — ou pas.

        ## Nos pratiques d'aller-vers

        - Permanences itinérantes dans les mairies et les tiers-lieux : bonne fréquentation quand elles sont régulières.
        - Porte-à-porte en binôme avec un partenaire connu des habitant·es.
        - Diagnostic partagé avec les élu·es avant toute nouvelle action.

        ## Calendrier de l'année

        Trois autres rencontres en 2022 : 23 juin, 29 septembre et 8 décembre.

        ## Actions

        - [ ] Rédiger d'ici fin avril une première fiche méthode sur le diagnostic partagé
        """;
}
