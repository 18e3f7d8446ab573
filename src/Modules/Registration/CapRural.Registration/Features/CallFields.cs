using CapRural.BuildingBlocks.Errors;
using CapRural.Registration.Domain;
using CapRural.BuildingBlocks.Validation;
using FluentValidation;

namespace CapRural.Registration.Features;

/// <summary>The fields of a call, as the coordinator sends them when creating or editing it.</summary>
public interface ICallFields
{
    string? Title { get; }

    string? WorkingGroupName { get; }

    string? Description { get; }

    DateTimeOffset? OpensAt { get; }

    DateTimeOffset? ClosesAt { get; }

    DateOnly? FirstMeetingOn { get; }

    int? TargetGroupSize { get; }

    int? MeetingsPerYear { get; }

    IReadOnlyList<string>? Themes { get; }
}

internal abstract class CallFieldsValidator<T> : AbstractValidator<T>
    where T : ICallFields
{
    protected CallFieldsValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(CallRules.TitleMax);
        RuleFor(c => c.WorkingGroupName).NotEmpty().MaximumLength(CallRules.TitleMax);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(CallRules.DescriptionMax);
        // Conditions apply to the rule after them only: a missing date must still fail NotNull.
        RuleFor(c => c.OpensAt).NotNull().WithinPlatformYears();
        RuleFor(c => c.ClosesAt).NotNull().WithinPlatformYears()
            .GreaterThan(c => c.OpensAt).When(c => c.OpensAt is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Localized.Pick("La clôture doit suivre l'ouverture.", "The closing date must follow the opening date."));
        RuleFor(c => c.FirstMeetingOn).NotNull().WithinPlatformYears()
            .Must((c, first) => first!.Value.ToDateTime(TimeOnly.MinValue) >= c.ClosesAt!.Value.UtcDateTime.Date)
            .When(c => c.ClosesAt is not null && c.FirstMeetingOn is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage(_ => Localized.Pick("La première réunion ne peut pas précéder la clôture des candidatures.",
                "The first meeting cannot come before applications close."));
        RuleFor(c => c.TargetGroupSize).NotNull().InclusiveBetween(2, CallRules.MaxGroupSize);
        RuleFor(c => c.MeetingsPerYear).NotNull().InclusiveBetween(1, 12);
        RuleFor(c => c.Themes).Must(t => t is null || t.Count <= CallRules.MaxThemes);
        RuleForEach(c => c.Themes).NotEmpty().MaximumLength(CallRules.ThemeMax);
    }
}

internal static class CallFieldsMapping
{
    public static CallDetails ToDetails(this ICallFields fields) => new(
        fields.Title!.Trim(),
        fields.WorkingGroupName!.Trim(),
        fields.Description!.Trim(),
        fields.OpensAt!.Value.ToUniversalTime(),
        fields.ClosesAt!.Value.ToUniversalTime(),
        fields.FirstMeetingOn!.Value,
        fields.TargetGroupSize!.Value,
        fields.MeetingsPerYear!.Value,
        (fields.Themes ?? []).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
}
