using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Validation;
using CapRural.Meetings.Domain;
using FluentValidation;

namespace CapRural.Meetings.Features.Shared;

/// <summary>Validation of the local Paris date-times meetings and poll dates are entered with.</summary>
internal static class MeetingTimes
{
    public const string Example = "2022-04-07T09:30";

    public static IRuleBuilderOptions<T, string?> ParisLocalTime<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(text => ParisTime.TryParseLocal(text, out _))
        .WithMessage(_ => Localized.Pick(
            $"Indiquez une date et une heure locales de Paris au format {Example}.",
            $"Give a Paris local date and time in the format {Example}."))
        .Must(text => !ParisTime.TryParseLocal(text, out var local) || PlatformDates.Contains(local))
        .WithMessage(_ => PlatformDates.Message())
        .Must(text => !ParisTime.TryParseLocal(text, out var local) || !PlatformDates.Contains(local) || ParisTime.ToUtc(local) is not null)
        .WithMessage(_ => Localized.Pick(
            "Cette heure n'existe pas à Paris ce jour-là (passage à l'heure d'été) : choisissez une heure avant 2h ou après 3h.",
            "This time does not exist in Paris that day (change to summer time): choose a time before 2:00 or after 3:00."));

    /// <summary>The UTC instant of a text the validator accepted.</summary>
    public static DateTimeOffset Utc(string text) =>
        IsValid(text) && ParisTime.TryParseLocal(text, out var local) && ParisTime.ToUtc(local) is { } utc
            ? utc
            : throw new ArgumentException("Not a valid Paris local time; the validator should have refused it.", nameof(text));

    /// <summary>Readable, within the platform's years, and a time that exists in Paris.</summary>
    public static bool IsValid(string? text) =>
        ParisTime.TryParseLocal(text, out var local) && PlatformDates.Contains(local) && ParisTime.ToUtc(local) is not null;
}
