using CapRural.BuildingBlocks.Errors;
using FluentValidation;

namespace CapRural.BuildingBlocks.Validation;

/// <summary>
/// The years a call, a meeting or a poll may fall in. A date in year 1 or 9999 is a typing
/// mistake, and arithmetic near the calendar's ends overflows; refusing it with a 422 on the
/// field is clearer than mailing an invitation for the year 9999.
/// </summary>
public static class PlatformDates
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static bool Contains(DateTime value) => value.Year is >= MinYear and <= MaxYear;

    public static string Message() => Localized.Pick(
        $"La date doit tomber entre le 1er janvier {MinYear} et le 31 décembre {MaxYear}.",
        $"The date must fall between 1 January {MinYear} and 31 December {MaxYear}.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> WithinPlatformYears<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(d => d is null || Contains(d.Value.UtcDateTime)).WithMessage(_ => Message());

    public static IRuleBuilderOptions<T, DateOnly?> WithinPlatformYears<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(d => d is null || Contains(d.Value.ToDateTime(TimeOnly.MinValue))).WithMessage(_ => Message());
}
