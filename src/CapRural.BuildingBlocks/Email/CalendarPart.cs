using System.Text;

namespace CapRural.BuildingBlocks.Email;

/// <summary>
/// Addresses an invitation to the person receiving it. Only the mail layer knows both the
/// configured sender and the recipient, and mail clients offer Accept/Decline only when the event
/// names an <c>ORGANIZER</c> and the reader as <c>ATTENDEE</c> (RFC 5546). Calendars without a
/// REQUEST or CANCEL method (a published copy) are left as they are.
/// </summary>
internal static class CalendarPart
{
    public static (string Text, string? Method) Address(string ics, string organizerName, string organizerEmail, string attendeeEmail)
    {
        var lines = ics.ReplaceLineEndings("\n").Split('\n');
        var method = lines.FirstOrDefault(l => l.StartsWith("METHOD:", StringComparison.OrdinalIgnoreCase))?[7..].Trim().ToUpperInvariant();
        if (method is not ("REQUEST" or "CANCEL") || lines.Any(l => l.StartsWith("ORGANIZER", StringComparison.OrdinalIgnoreCase)))
        {
            return (ics, method);
        }

        var result = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            result.Append(line).Append("\r\n");
            if (line == "BEGIN:VEVENT")
            {
                result.Append(Fold($"ORGANIZER;CN=\"{Parameter(organizerName)}\":mailto:{Address(organizerEmail)}"));
                var attendee = method == "REQUEST"
                    ? $"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{Address(attendeeEmail)}"
                    : $"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{Address(attendeeEmail)}";
                result.Append(Fold(attendee));
            }
        }

        return (result.ToString(), method);
    }

    // A quoted parameter value may hold anything but a double quote and control characters.
    private static string Parameter(string value) => new([.. value.Where(c => c != '"' && !char.IsControl(c))]);

    private static string Address(string email) => Uri.EscapeDataString(email.Trim()).Replace("%40", "@", StringComparison.Ordinal);

    /// <summary>Content lines longer than 75 octets continue on lines starting with a space (RFC 5545 §3.1).</summary>
    private static string Fold(string line)
    {
        var folded = new StringBuilder();
        var octets = 0;
        foreach (var c in line)
        {
            var size = Encoding.UTF8.GetByteCount([c]);
            if (octets + size > 75)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(c);
            octets += size;
        }

        return folded.Append("\r\n").ToString();
    }
}
