using CapRural.BuildingBlocks.Contracts;
using CapRural.Meetings.Domain;
using CapRural.Meetings.Infrastructure;
using FluentValidation;
using FluentValidation.Results;

namespace CapRural.Meetings.Features.Meetings;

/// <summary>Rules shared by planning and changing a meeting.</summary>
internal static class MeetingFieldRules
{
    public static IRuleBuilderOptions<T, string?> TitleRules<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Meeting.TitleMax).WithMessage($"Le titre tient en {Meeting.TitleMax} caractères au plus.");

    public static IRuleBuilderOptions<T, string?> OnlineUrlRules<T>(this IRuleBuilder<T, string?> rule) => rule
        .MaximumLength(Meeting.OnlineUrlMax).WithMessage($"Le lien tient en {Meeting.OnlineUrlMax} caractères au plus.")
        .Must(url => url is null || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        .WithMessage("Le lien de visioconférence doit être une adresse web complète (https://…).");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> AgendaRules<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) => rule
        .Must(agenda => agenda is null || agenda.Count <= Meeting.AgendaItemsMax)
        .WithMessage($"L'ordre du jour compte {Meeting.AgendaItemsMax} points au plus.")
        .Must(agenda => agenda is null || agenda.All(item => !string.IsNullOrWhiteSpace(item) && item.Length <= Meeting.AgendaItemMax))
        .WithMessage($"Chaque point de l'ordre du jour est un texte non vide de {Meeting.AgendaItemMax} caractères au plus.");

    /// <summary>An unknown venue is a mistake in the body: 422 on its field, like any other bad value.</summary>
    public static async Task EnsureVenueExistsAsync(this MeetingsDbContext db, Guid? venueId, MeetingFormat format, CancellationToken cancellationToken)
    {
        if (venueId is not null && format != MeetingFormat.Remote && await db.FindVenueAsync(venueId, cancellationToken) is null)
        {
            throw new ValidationException([new ValidationFailure("venueId", "Lieu inconnu : enregistrez-le d'abord (POST /api/venues).")]);
        }
    }
}
