using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CapRural.Api.Tests.Contract;

/// <summary>
/// In every API test, each JSON answer is checked against the committed document before it leaves the
/// host: an answer that breaks its schema (a null where a value is promised, a missing required
/// property, an undeclared status) becomes a 599 whose body says what broke, so the test fails.
/// </summary>
internal sealed class ContractCheckingMiddleware(RequestDelegate next)
{
    public const int Violation = 599;

    private static int _checked;

    /// <summary>How many JSON answers were checked in this test run: proof that the check runs.</summary>
    public static int Checked => Volatile.Read(ref _checked);

    private static readonly Lazy<(JsonObject Document, List<(string Method, Regex Path, JsonObject Operation)> Operations)> Contract = new(Load);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var problems = Check(context, buffer.ToArray());
        if (problems.Count > 0)
        {
            var report = $"{context.Request.Method} {context.Request.Path} → {context.Response.StatusCode} breaks the contract:\n" + string.Join("\n", problems);
            await Console.Error.WriteLineAsync(report);
            context.Response.StatusCode = Violation;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.ContentLength = null;
            context.Response.Headers.Remove("ETag");
            await context.Response.WriteAsync(report);
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original);
    }

    private static List<string> Check(HttpContext context, byte[] body)
    {
        var (document, operations) = Contract.Value;
        var status = context.Response.StatusCode;
        var match = operations.FirstOrDefault(o => o.Method == context.Request.Method && o.Path.IsMatch(context.Request.Path.Value!));
        if (match.Operation is null || status is 429 or 500 or 405)
        {
            // Not an operation of the document (a 404 route), or answers the platform gives anywhere.
            return [];
        }

        var responses = match.Operation["responses"]!.AsObject();
        var response = responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        if (response is null)
        {
            return status is 400 or 401 or 403 or 404 or 406 or 413 or 415 ? [] : [$"status {status} is not declared"];
        }

        var contentType = context.Response.ContentType?.Split(';')[0].Trim();
        if (body.Length == 0 || contentType is null || !contentType.Contains("json", StringComparison.Ordinal))
        {
            return [];
        }

        var schema = response["content"]?[contentType]?["schema"] ?? response["content"]?.AsObject().FirstOrDefault().Value?["schema"];
        if (schema is null)
        {
            return [$"a {contentType} body where the document declares none"];
        }

        Interlocked.Increment(ref _checked);
        return new SchemaValidator(document).Validate(JsonNode.Parse(body), schema);
    }

    private static (JsonObject, List<(string, Regex, JsonObject)>) Load()
    {
        var document = JsonNode.Parse(File.ReadAllText(ContractDocument.CommittedPath))!.AsObject();
        // Literal paths first: archive.zip before {slug}.
        var operations = ContractDocument.Operations(document)
            .OrderBy(o => o.Path.Count(c => c == '{'))
            .Select(o => (o.Method, new Regex("^" + Regex.Replace(Regex.Escape(o.Path), @"\\\{[^}]+}", "[^/]+") + "$", RegexOptions.CultureInvariant), o.Operation))
            .ToList();
        return (document, operations);
    }
}

/// <summary>Puts the check first in the pipeline of the test host.</summary>
internal sealed class ContractCheckingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<ContractCheckingMiddleware>();
        next(app);
    };
}
