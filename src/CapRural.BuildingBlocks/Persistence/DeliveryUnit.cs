using Microsoft.EntityFrameworkCore.Storage;

namespace CapRural.BuildingBlocks.Persistence;

/// <summary>
/// A run of delivered events of one kind committed together (ADR 0004). While a unit is current, the
/// first write of a module's context from the run's scope (the one its consumers are given) opens a
/// transaction, on SQLite inside the module's write gate, held until the end; every consumer's save
/// after it joins that transaction, kept apart from the others by the savepoint EF takes around each
/// <c>SaveChanges</c>. One commit, and one wait for the disk, then covers the run, where each event
/// used to commit, and wait, alone.
/// </summary>
internal sealed class DeliveryUnit : IAsyncDisposable
{
    private static readonly AsyncLocal<DeliveryUnit?> Ambient = new();

    private readonly IServiceProvider _scope;
    private readonly List<Enlisted> _open = [];

    private DeliveryUnit(IServiceProvider scope) => _scope = scope;

    /// <summary>The unit of the current flow, if a run of events is being delivered.</summary>
    public static DeliveryUnit? Current => Ambient.Value;

    /// <summary>
    /// Makes a new unit for the contexts of <paramref name="scope"/> the current flow's until disposed;
    /// disposing rolls back what was not committed.
    /// </summary>
    public static DeliveryUnit Begin(IServiceProvider scope)
    {
        var unit = new DeliveryUnit(scope);
        Ambient.Value = unit;
        return unit;
    }

    /// <summary>
    /// Before a write of <paramref name="context"/>: true when it belongs to the run's scope and now
    /// writes in the unit's transaction for its module. Any other context writes on its own (false),
    /// once what the run wrote to the same module is committed: one file takes one writer, and the run
    /// would otherwise hold the gate that context waits for.
    /// </summary>
    public async Task<bool> JoinAsync(ModuleDbContext context, CancellationToken cancellationToken)
    {
        var index = _open.FindIndex(open => open.Context.GetType() == context.GetType());
        if (index >= 0 && ReferenceEquals(_open[index].Context, context))
        {
            return true;
        }

        if (index >= 0)
        {
            var previous = _open[index];
            _open.RemoveAt(index);
            await CommitAsync(previous);
        }

        if (!IsOfRunScope(context))
        {
            return false;
        }

        var turn = await WriteGate.EnterAsync(context, cancellationToken);
        try
        {
            _open.Add(new Enlisted(context, await context.Database.BeginTransactionAsync(cancellationToken), turn));
        }
        catch
        {
            turn.Dispose();
            throw;
        }

        return true;
    }

    /// <summary>Commits every module's transaction and answers once each is on disk.</summary>
    public async Task CommitAsync()
    {
        while (_open.Count > 0)
        {
            var next = _open[0];
            _open.RemoveAt(0);
            await CommitAsync(next);
        }
    }

    public ValueTask DisposeAsync()
    {
        // Here, not after an await: a change of an AsyncLocal made in an async method stays in that method.
        Ambient.Value = null;
        return RollBackAsync();
    }

    private async ValueTask RollBackAsync()
    {
        foreach (var open in _open)
        {
            await open.Transaction.DisposeAsync();
            open.Turn.Dispose();
        }

        _open.Clear();
    }

    private static async Task CommitAsync(Enlisted open)
    {
        try
        {
            await open.Transaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            await open.Transaction.DisposeAsync();
            open.Turn.Dispose();
        }

        // Out of the gate, as for any commit: the next writer goes on while this one waits for the disk.
        await WalSync.AfterCommitAsync(open.Context);
    }

    /// <summary>
    /// Whether the run's scope hands out this very context. On PostgreSQL the instance is of a type
    /// derived from the one registered (its own migrations): the registered one is found up the chain.
    /// </summary>
    private bool IsOfRunScope(ModuleDbContext context)
    {
        for (var type = context.GetType(); type is not null && type != typeof(ModuleDbContext); type = type.BaseType)
        {
            if (_scope.GetService(type) is { } registered)
            {
                return ReferenceEquals(registered, context);
            }
        }

        return false;
    }

    private sealed record Enlisted(ModuleDbContext Context, IDbContextTransaction Transaction, WriteGate.Turn Turn);
}
