using CapRural.BuildingBlocks.Contracts;
using CapRural.BuildingBlocks.Errors;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using FluentValidation;
using FluentValidation.Results;

namespace CapRural.Meetings.Features.Shared;

/// <summary>Rules shared by planning and changing a meeting.</summary>
internal static class MeetingFieldRules
{
    public static IRuleBuilderOptions<T, string?> TitleRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(Meeting.TitleMax).WithMessage(_ => Localized.Pick(
            $"Le titre tient en {Meeting.TitleMax} caractères au plus.", $"The title is at most {Meeting.TitleMax} characters."))
        .Must(NoControlCharacters).WithMessage(_ => OneLine());

    public static IRuleBuilderOptions<T, string?> OnlineUrlRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(Meeting.OnlineUrlMax).WithMessage(_ => Localized.Pick(
            $"Le lien tient en {Meeting.OnlineUrlMax} caractères au plus.", $"The link is at most {Meeting.OnlineUrlMax} characters."))
        // A line break in a link would add lines of its own to every member's invitation (.ics).
        .Must(NoControlCharacters).WithMessage(_ => OneLine())
        .Must(url => url is null || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        .WithMessage(_ => Localized.Pick(
            "Le lien de visioconférence doit être une adresse web complète (https://…).",
            "The video-conference link must be a full web address (https://…)."));

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> AgendaRules<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) => rule
        .Must(agenda => agenda is null || agenda.Count <= Meeting.AgendaItemsMax)
        .WithMessage(_ => Localized.Pick(
            $"L'ordre du jour compte {Meeting.AgendaItemsMax} points au plus.", $"The agenda has at most {Meeting.AgendaItemsMax} items."))
        .Must(agenda => agenda is null || agenda.All(item => !string.IsNullOrWhiteSpace(item) && item.Length <= Meeting.AgendaItemMax))
        .WithMessage(_ => Localized.Pick(
            $"Chaque point de l'ordre du jour est un texte non vide de {Meeting.AgendaItemMax} caractères au plus.",
            $"Each agenda item is a non-empty text of at most {Meeting.AgendaItemMax} characters."))
        .Must(agenda => agenda is null || agenda.All(NoControlCharacters)).WithMessage(_ => OneLine());

    /// <summary>Text that goes on one line of an invitation: no line break, tab or other control character.</summary>
    public static bool NoControlCharacters(string? text) => text is null || !text.Any(char.IsControl);

    private static string OneLine() => Localized.Pick(
        "Le texte tient sur une ligne : pas de retour à la ligne ni de caractère de contrôle.",
        "The text fits on one line: no line break or control character.");

    /// <summary>
    /// An unknown venue is a mistake in the body: 422 on its field, like any other bad value; so is a
    /// retired venue, unless the meeting already had it (a past meeting keeps its venue).
    /// </summary>
    public static async Task EnsureVenueExistsAsync(this MeetingsDbContext db, Guid? venueId, MeetingFormat format, CancellationToken cancellationToken,
        Guid? currentVenueId = null)
    {
        if (venueId is null || format == MeetingFormat.Remote)
        {
            return;
        }

        var venue = await db.FindVenueAsync(venueId, cancellationToken);
        if (venue is null)
        {
            throw new ValidationException([new ValidationFailure("venueId", Localized.Pick(
                "Lieu inconnu : enregistrez-le d'abord (POST /api/venues).", "Unknown venue: register it first (POST /api/venues)."))]);
        }

        if (venue.IsRetired && venue.Id != currentVenueId)
        {
            throw new ValidationException([new ValidationFailure("venueId", Localized.Pick(
                "Ce lieu est retiré : choisissez-en un autre (GET /api/venues).", "This venue is retired: choose another one (GET /api/venues)."))]);
        }
    }
}
