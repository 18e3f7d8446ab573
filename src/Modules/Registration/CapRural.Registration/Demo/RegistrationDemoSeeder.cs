using Bogus;
using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Modules;
using CapRural.Registration.Contracts;
using CapRural.Registration.Features.CreateCall;
using CapRural.Registration.Features.PublishCall;
using CapRural.Registration.Features.SubmitApplication;
using CapRural.Territories;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Registration.Demo;

/// <summary>
/// Recreates the January 2022 call "Mailler les ingénieries de l'action sociale et du développement
/// local" with about forty fictional applications from both sectors across the region. The document
/// gives no closing date; the demo closes applications on 28 February 2022, five weeks before the
/// first meeting of 7 April.
/// </summary>
internal sealed class RegistrationDemoSeeder : IDemoSeeder
{
    private const int ApplicationCount = 40;

    private static readonly string[] RegionDepartments = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];

    public async Task SeedAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var clock = services.GetRequiredService<DemoClock>();
        var gazetteer = services.GetRequiredService<Gazetteer>();

        clock.Set(new DateTimeOffset(2022, 1, 14, 10, 0, 0, TimeSpan.FromHours(1)));
        var call = await mediator.Send(DemoCall.Create, cancellationToken);
        await mediator.Send(new PublishCall(call.CallId), cancellationToken);
        output.WriteLine($"Appel « {call.Title} » publié ({call.CallId}).");

        var faker = new Faker("fr") { Random = new Randomizer(2022) };
        var submittedAt = new DateTimeOffset(2022, 1, 17, 9, 0, 0, TimeSpan.FromHours(1));
        for (var i = 0; i < ApplicationCount; i++)
        {
            submittedAt = submittedAt.AddHours(faker.Random.Int(6, 28));
            clock.Set(submittedAt);
            var sector = i % 2 == 0 ? Sector.SocialAction : Sector.LocalDevelopment;
            var department = RegionDepartments[i % RegionDepartments.Length];
            var communes = gazetteer.CommunesOfDepartment(department);
            var commune = faker.PickRandom(communes.Where(c => c.Population < 20_000).ToList());
            var epciName = gazetteer.FindEpci(commune.EpciSiren)?.Name;
            var profile = sector == Sector.SocialAction ? DemoProfiles.SocialAction(faker, commune) : DemoProfiles.LocalDevelopment(faker, commune, epciName);
            var firstName = faker.Name.FirstName();
            var lastName = faker.Name.LastName();
            await mediator.Send(
                new SubmitApplication
                {
                    CallId = call.CallId,
                    FirstName = firstName,
                    LastName = lastName,
                    Email = $"{DemoProfiles.Slug(firstName)}.{DemoProfiles.Slug(lastName)}{i}@example.org",
                    Phone = faker.Random.Bool(0.7f) ? $"04 {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)} {faker.Random.Int(10, 99)}" : null,
                    Organisation = profile.Organisation,
                    OrganisationType = profile.OrganisationType,
                    JobTitle = profile.JobTitle,
                    Sector = sector,
                    Role = profile.Role,
                    CommuneCode = commune.Code,
                    Motivation = DemoProfiles.Motivation(faker, sector),
                    Expectations = faker.Random.Bool(0.6f) ? DemoProfiles.Expectations(faker) : null,
                    Topics = faker.PickRandom(DemoProfiles.Topics, faker.Random.Int(1, 3)).ToList(),
                    PreferredFormat = faker.PickRandom<MeetingFormat>(),
                    AvailableForFirstMeeting = faker.Random.Bool(0.8f),
                    ConsentToProcessing = true,
                    ConsentToDirectory = faker.Random.Bool(0.7f),
                },
                cancellationToken);
        }

        output.WriteLine($"{ApplicationCount} candidatures déposées.");
    }
}
