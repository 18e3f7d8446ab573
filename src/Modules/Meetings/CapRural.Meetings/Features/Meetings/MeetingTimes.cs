using CapRural.Meetings.Domain;
using FluentValidation;

namespace CapRural.Meetings.Features.Meetings;

/// <summary>Validation of the local Paris date-times meetings are entered with.</summary>
internal static class MeetingTimes
{
    public const string Example = "2022-04-07T09:30";

    public static IRuleBuilderOptions<T, string?> ParisLocalTime<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(text => ParisTime.TryParseLocal(text, out _))
        .WithMessage($"Indiquez une date et une heure locales de Paris au format {Example}.")
        .Must(text => !ParisTime.TryParseLocal(text, out var local) || ParisTime.ToUtc(local) is not null)
        .WithMessage("Cette heure n'existe pas à Paris ce jour-là (passage à l'heure d'été) : choisissez une heure avant 2h ou après 3h.");

    /// <summary>The UTC instant of a text the validator accepted.</summary>
    public static DateTimeOffset Utc(string text) =>
        ParisTime.TryParseLocal(text, out var local) && ParisTime.ToUtc(local) is { } utc
            ? utc
            : throw new ArgumentException("Not a valid Paris local time; the validator should have refused it.", nameof(text));

    public static bool IsValid(string? text) => ParisTime.TryParseLocal(text, out var local) && ParisTime.ToUtc(local) is not null;
}
