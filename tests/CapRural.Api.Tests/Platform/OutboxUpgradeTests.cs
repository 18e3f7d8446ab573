using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Registration.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Platform;

/// <summary>
/// A platform upgraded with messages still pending in its outbox: rows written under CLR type names
/// before stable names existed are renamed, given their subject, and can still be delivered.
/// </summary>
public sealed class OutboxUpgradeTests : IDisposable
{
    private const string BeforeStableNames = "20261129231502_Initial";

    private readonly RegistrationOnly _module = new();

    [Fact]
    public async Task Rows_pending_before_the_upgrade_get_their_stable_name_and_subject_and_still_deserialise()
    {
        await using var services = Services();
        var applicationId = Guid.NewGuid();
        var eventId = Guid.NewGuid();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = Registration(scope.ServiceProvider);
            await db.GetService<IMigrator>().MigrateAsync(BeforeStableNames);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO outbox (Id, Kind, Type, Payload, CreatedAt, NextAttemptAt, Attempts) VALUES ({0}, 'Event', {1}, {2}, 1, 1, 0)",
                eventId,
                "CapRural.Registration.Contracts.ApplicationWithdrawn, CapRural.Registration.Contracts",
                $$"""{"applicationId":"{{applicationId}}","callId":"{{Guid.NewGuid()}}","eventId":"{{eventId}}","occurredAt":"2026-03-02T09:00:00+00:00"}""");
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO outbox (Id, Kind, Type, Payload, CreatedAt, NextAttemptAt, Attempts) VALUES ({0}, 'Email', 'EmailMessage', '{{}}', 2, 2, 0)",
                Guid.NewGuid());
            await db.Database.MigrateAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var rows = await Registration(scope.ServiceProvider).Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
            Assert.Equal(["registration.application-withdrawn.v1", OutboxMessage.EmailName], rows.Select(r => r.Name));
            Assert.Equal(applicationId, rows[0].SubjectId);
            var type = services.GetRequiredService<EventNames>().TypeOf(rows[0].Name);
            var withdrawn = Assert.IsType<ApplicationWithdrawn>(System.Text.Json.JsonSerializer.Deserialize(rows[0].Payload, type, CapRural.BuildingBlocks.Serialization.Json.Options));
            Assert.Equal(applicationId, withdrawn.ApplicationId);
        }
    }

    public void Dispose() => _module.Dispose();

    private ServiceProvider Services() => _module.Services();

    private static ModuleDbContext Registration(IServiceProvider scoped) => RegistrationOnly.Registration(scoped);
}
