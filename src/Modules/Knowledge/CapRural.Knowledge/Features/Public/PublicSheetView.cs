using System.Text.Json.Serialization;
using CapRural.Knowledge.Domain;

namespace CapRural.Knowledge.Features.Public;

/// <summary>
/// A published sheet as partners read it, or a tombstone <c>{ slug, deleted: true, updatedAt }</c>
/// once archived (the other fields are then left out).
/// </summary>
public sealed record PublicSheetView(
    string Slug,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Revision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SheetKind? Kind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Summary,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Body,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Html,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Themes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Authors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Licence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    bool Deleted)
{
    internal static PublicSheetView From(PublicSheet sheet) => sheet.Deleted
        ? new(sheet.Slug, null, null, null, null, null, null, null, null, null, null, sheet.UpdatedAt, true)
        : new(sheet.Slug, sheet.Revision, sheet.Kind, sheet.Title, sheet.Summary, sheet.Body, sheet.Html, sheet.Themes, sheet.Authors,
            sheet.Licence, sheet.PublishedAt, sheet.UpdatedAt, false);
}
