using Mediator;

namespace CapRural.BuildingBlocks.Security;

/// <summary>
/// What a module may know of API keys it refers to by id (a call's reviewers): name, role and whether the
/// key still works. Asked in process through the mediator and answered by the host, which owns the keys,
/// so no module reads the keys' database. Unknown ids are simply absent from the answer.
/// </summary>
public sealed record DescribeApiKeys(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyList<ApiKeyDescription>>;

public sealed record ApiKeyDescription(Guid Id, string Name, string Role, bool Active);
