using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.BuildingBlocks.Modules;

/// <summary>
/// The one entry point through which the host loads a module: its services, then its endpoints.
/// The host knows nothing else about a module.
/// </summary>
public interface IModule
{
    /// <summary>Short lowercase name, used for the database file, the OpenAPI tag and logs.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
