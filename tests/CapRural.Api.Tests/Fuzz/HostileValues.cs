using System.Text.Json.Nodes;

namespace CapRural.Api.Tests.Fuzz;

/// <summary>Values a careless or hostile client sends: wrong types, extremes, control and exotic characters.</summary>
internal static class HostileValues
{
    public static readonly string[] Strings =
    [
        "",
        "   ",
        "\r\nATTENDEE:mailto:intrus@example.org\r\n",
        "\u0000\u0001\u001b",
        "<script>alert(1)</script>",
        "<form action=https://evil.test><input name=x></form>",
        "'; DROP TABLE calls; --",
        "../../../../etc/passwd",
        "%00%2e%2e%2f",
        "Ĉàp Rürål 🚜 \u202E\u200B",
        "9999-12-31T23:30",
        "0001-01-01T00:00",
        "2026-03-29T02:30",
        "-1",
        "99999999999999999999999",
        "NaN",
        "null",
        "true",
        "00000000-0000-0000-0000-000000000000",
        "not-a-guid",
        "javascript:alert(1)",
        "https://visio.test/\r\nX: y",
    ];

    public static readonly string[] PathSegments =
    [
        "00000000-0000-0000-0000-000000000000",
        "not-a-guid",
        "-1",
        "99999999999999999999",
        "%2e%2e",
        "é🚜",
        "' OR 1=1 --",
        "%0d%0aX-Injected:1",
    ];

    public static readonly string?[] Accepts =
    [
        null,
        "application/json",
        "text/calendar",
        "text/csv",
        "application/xml",
        "text/html",
        "*/*",
        "image/png",
        "application/problem+json;q=0.1, text/plain",
        "garbage/!!",
    ];

    public static readonly string[] ContentTypes =
    [
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "application/json; charset=utf-16",
        "application/json; charset=nonsense",
        "multipart/form-data; boundary=x",
    ];

    public static readonly string[] RawBodies =
    [
        "",
        "null",
        "[]",
        "{",
        "\"text\"",
        "42",
        "{\"a\":",
        "{}",
        "[null]",
        "{\"__proto__\":{\"x\":1}}",
        "\u00ff\u00fe\u0000{",
    ];

    public static string Huge(Random random) => new(random.Next(2) == 0 ? 'x' : 'é', random.Next(2_000, 70_000));

    /// <summary>Any JSON value but the one the schema asks for.</summary>
    public static JsonNode? Any(Random random) => random.Next(12) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0 ? int.MaxValue : int.MinValue),
        2 => JsonValue.Create(long.MaxValue),
        3 => JsonValue.Create(1e308),
        4 => JsonValue.Create(-0.5),
        5 => JsonValue.Create(random.Next(2) == 0),
        6 => new JsonArray(null, JsonValue.Create("x"), new JsonObject()),
        7 => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = new JsonArray(1, 2) } },
        8 => JsonValue.Create(Huge(random)),
        9 => new JsonArray(),
        _ => JsonValue.Create(Strings[random.Next(Strings.Length)]),
    };
}
