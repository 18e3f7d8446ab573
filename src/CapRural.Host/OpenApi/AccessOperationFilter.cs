using CapRural.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>Shows on each operation which credential it takes (none for public ones).</summary>
internal sealed class AccessOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            // An explicit empty requirement: generated clients send no credential here.
            operation.Security = [];
            return;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var schemes = new List<string>();
        if (policies.Any(p => p is not (Policies.Applicant or Policies.Member)))
        {
            schemes.Add(SecuritySchemes.ApiKey);
        }

        if (policies.Any(p => p is Policies.Applicant or Policies.ApplicantOrCoordinator))
        {
            schemes.Add(SecuritySchemes.ApplicationToken);
        }

        if (policies.Any(p => p is Policies.Member or Policies.MemberOrCoordinator))
        {
            schemes.Add(SecuritySchemes.MemberToken);
        }

        operation.Security ??= [];
        foreach (var scheme in schemes)
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [],
            });
        }
    }
}
