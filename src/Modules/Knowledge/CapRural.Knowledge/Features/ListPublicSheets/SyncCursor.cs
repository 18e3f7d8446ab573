using System.Globalization;

namespace CapRural.Knowledge.Features.ListPublicSheets;

/// <summary>A position in the sync order, written "ticks.slug" so a partner can store it as text.</summary>
internal readonly record struct SyncCursor(DateTimeOffset UpdatedAt, string Slug)
{
    public static string Format(DateTimeOffset updatedAt, string slug) =>
        string.Create(CultureInfo.InvariantCulture, $"{updatedAt.UtcTicks}.{slug}");

    public static bool TryParse(string text, out SyncCursor cursor)
    {
        cursor = default;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new SyncCursor(new DateTimeOffset(ticks, TimeSpan.Zero), text[(dot + 1)..]);
        return true;
    }
}
