using CapRural.Knowledge.Domain;
using FluentValidation;

namespace CapRural.Knowledge.Features;

/// <summary>The fields of a method sheet, as the coordinator sends them when creating or editing it.</summary>
public interface ISheetFields
{
    string? Title { get; }

    string? Summary { get; }

    string? Body { get; }

    IReadOnlyList<string>? Themes { get; }

    IReadOnlyList<string>? Authors { get; }

    string? Licence { get; }

    Guid? SourceMeetingId { get; }
}

/// <summary>A draft may be incomplete; only the title is needed. Submission asks for the rest.</summary>
internal abstract class SheetFieldsValidator<T> : AbstractValidator<T>
    where T : ISheetFields
{
    protected SheetFieldsValidator()
    {
        RuleFor(s => s.Title).NotEmpty().MaximumLength(SheetRules.TitleMax);
        RuleFor(s => s.Summary).MaximumLength(SheetRules.SummaryMax);
        RuleFor(s => s.Body).MaximumLength(SheetRules.BodyMax);
        RuleFor(s => s.Themes).Must(t => t is null || t.Count <= SheetRules.MaxThemes)
            .WithMessage(_ => BuildingBlocks.Errors.Localized.Pick(
                $"Au plus {SheetRules.MaxThemes} thèmes.", $"At most {SheetRules.MaxThemes} themes."));
        RuleForEach(s => s.Themes).NotEmpty().MaximumLength(SheetRules.ThemeMax);
        RuleFor(s => s.Authors).Must(a => a is null || a.Count <= SheetRules.MaxAuthors)
            .WithMessage(_ => BuildingBlocks.Errors.Localized.Pick(
                $"Au plus {SheetRules.MaxAuthors} auteurs.", $"At most {SheetRules.MaxAuthors} authors."));
        RuleForEach(s => s.Authors).NotEmpty().MaximumLength(SheetRules.AuthorMax);
        RuleFor(s => s.Licence).MaximumLength(SheetRules.LicenceMax);
    }
}

internal static class SheetFieldsMapping
{
    public static SheetContent ToContent(this ISheetFields fields) => new(
        fields.Title!.Trim(),
        fields.Summary?.Trim() ?? "",
        fields.Body ?? "",
        SheetRules.NormaliseThemes(fields.Themes ?? []),
        [.. (fields.Authors ?? []).Select(a => a.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        string.IsNullOrWhiteSpace(fields.Licence) ? SheetRules.DefaultLicence : fields.Licence.Trim(),
        fields.SourceMeetingId);
}
