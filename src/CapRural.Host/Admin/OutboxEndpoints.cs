using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Http;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.BuildingBlocks.Security;
using Microsoft.EntityFrameworkCore;

namespace CapRural.Host.Admin;

internal sealed record ParkedMessage(Guid Id, string Kind, string Name, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? ParkedAt);

internal sealed record ModuleOutboxState(string Module, int Pending, int Failing, IReadOnlyList<ParkedMessage> Parked);

/// <summary>Lets the coordinator see messages that could not be delivered, and send them again.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/outbox").WithTags("Administration").RequireAuthorization(Policies.Coordinator);

        group.MapGet("/", async (IEnumerable<ModuleDatabase> databases, IServiceProvider services, CancellationToken ct) =>
            {
                var states = new List<ModuleOutboxState>();
                foreach (var database in databases)
                {
                    var outbox = database.Open(services).Outbox.AsNoTracking();
                    var pending = await outbox.CountAsync(m => m.ProcessedAt == null && m.ParkedAt == null, ct);
                    var failing = await outbox.CountAsync(m => m.ProcessedAt == null && m.ParkedAt == null && m.Attempts > 0, ct);
                    var parked = await outbox.Where(m => m.ParkedAt != null)
                        .OrderBy(m => m.CreatedAt)
                        .Select(m => new ParkedMessage(m.Id, m.Kind.ToString(), m.Name, m.Attempts, m.LastError, m.CreatedAt, m.ParkedAt))
                        .ToListAsync(ct);
                    states.Add(new ModuleOutboxState(database.Module, pending, failing, parked));
                }

                return TypedResults.Ok(states);
            })
            .WithSummary("État des messages sortants")
            .WithDescription("Par module : messages en attente, en échec (réessayés avec un délai croissant) et mis de côté après 20 échecs (environ deux heures).")
            .ProducesClientErrors(401, 403);

        group.MapPost("/{module}/{messageId:guid}/retry", async (string module, Guid messageId, IEnumerable<ModuleDatabase> databases,
                IServiceProvider services, TimeProvider clock, OutboxSignal signal, CancellationToken ct) =>
            {
                var unknown = new NotFoundException(Localized.Pick("Message inconnu ou non mis de côté.", "Unknown or not parked message."));
                var database = databases.FirstOrDefault(d => d.Module == module) ?? throw unknown;
                var context = database.Open(services);
                var message = await context.Outbox.FirstOrDefaultAsync(m => m.Id == messageId && m.ParkedAt != null, ct) ?? throw unknown;
                message.Unpark(clock.GetUtcNow());
                await context.SaveChangesAsync(ct);
                signal.Notify(context.GetType());
                return TypedResults.Accepted((string?)null);
            })
            .WithSummary("Relancer un message mis de côté")
            .ProducesClientErrors(401, 403, 404);
    }
}
