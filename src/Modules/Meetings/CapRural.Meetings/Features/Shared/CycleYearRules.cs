using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Validation;
using FluentValidation;

namespace CapRural.Meetings.Features.Shared;

internal static class CycleYearRules
{
    /// <summary>A year of the group's cycle: left out, the current one; otherwise within the platform's years.</summary>
    public static IRuleBuilderOptions<T, int?> CycleYear<T>(this IRuleBuilder<T, int?> rule) => rule
        .InclusiveBetween(PlatformDates.MinYear, PlatformDates.MaxYear).OverridePropertyName("year")
        .WithMessage(_ => Localized.Pick(
            $"L'année est comprise entre {PlatformDates.MinYear} et {PlatformDates.MaxYear}.",
            $"The year is between {PlatformDates.MinYear} and {PlatformDates.MaxYear}."));
}
