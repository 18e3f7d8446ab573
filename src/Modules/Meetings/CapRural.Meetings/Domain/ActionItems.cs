using System.Text.RegularExpressions;

namespace CapRural.Meetings.Domain;

/// <summary>
/// The minutes' open action items, written as Markdown task lines (<c>- [ ] Envoyer la carte des services</c>);
/// ticked ones (<c>- [x]</c>) are done and stay behind.
/// </summary>
internal static partial class ActionItems
{
    private const string Prefix = "Suivi : ";

    public static IReadOnlyList<string> Open(string? minutes) =>
        minutes is null
            ? []
            : [.. OpenTask().Matches(minutes).Select(m => m.Groups["item"].Value.Trim()).Where(item => item.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The agenda item that follows an action up at the next meeting; one line, within an agenda item's length.</summary>
    public static string AgendaItem(string action)
    {
        var text = Prefix + new string([.. action.Where(c => !char.IsControl(c))]);
        return text.Length <= Meeting.AgendaItemMax ? text : text[..(Meeting.AgendaItemMax - 1)] + "…";
    }

    [GeneratedRegex(@"^[ \t]*[-*+][ \t]+\[ \][ \t]+(?<item>[^\r\n]+)", RegexOptions.Multiline)]
    private static partial Regex OpenTask();
}
