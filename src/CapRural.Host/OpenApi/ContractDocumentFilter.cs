using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>
/// Document-wide rules: one named operation each, the tags in the order of the year, and request
/// bodies whose <c>required</c> list says what a client must send rather than what the API answers.
/// </summary>
internal sealed class ContractDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                // An unlisted operation still gets a unique id; the contract test asks for a proper one.
                operation.OperationId = OperationIds.For(method.Method.ToUpperInvariant(), path, operation.OperationId)
                    ?? OperationIds.Fallback(method.Method, path);
            }
        }

        document.Tags = new HashSet<OpenApiTag>(Tags.InOrderOfTheYear.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        RequestBodyRequirednessFilter.Apply(document);
        NullableReferences.Apply(document);
    }
}
