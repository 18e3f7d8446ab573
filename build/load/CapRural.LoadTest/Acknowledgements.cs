using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;

namespace CapRural.LoadTest;

/// <summary>How long each applicant waited, from their 201 to the pickup file of the e-mail with their private link.</summary>
internal sealed record AcknowledgementWaits(int Found, long[] Delays, TimeSpan Span, int Duplicated);

internal static partial class Acknowledgements
{
    /// <summary>Reads every e-mail of the pickup folder once delivery has drained, matching it to its application by the link.</summary>
    public static AcknowledgementWaits Read(string mailDirectory, IReadOnlyDictionary<Guid, DateTime> answeredAt)
    {
        var written = new Dictionary<Guid, DateTime>();
        var duplicated = 0;
        foreach (var file in Directory.Exists(mailDirectory) ? Directory.GetFiles(mailDirectory, "*.eml") : [])
        {
            using var message = MimeMessage.Load(file);
            var link = PrivateLink().Match(message.TextBody ?? "");
            if (link.Success && Guid.TryParse(link.Groups[1].Value, out var applicationId) && answeredAt.ContainsKey(applicationId))
            {
                // Two files for one application are two e-mails: a message delivered twice, not retried.
                duplicated += written.TryAdd(applicationId, File.GetLastWriteTimeUtc(file)) ? 0 : 1;
            }
        }

        if (written.Count == 0)
        {
            return new AcknowledgementWaits(0, [], TimeSpan.Zero, 0);
        }

        // Pickup files are written after the 201 by construction; a negative difference is clock resolution.
        var delays = written.Select(w => Math.Max(0, (w.Value - answeredAt[w.Key]).Ticks) * Stopwatch.Frequency / TimeSpan.TicksPerSecond).ToArray();
        var span = written.Values.Max() - answeredAt.Values.Min();
        return new AcknowledgementWaits(written.Count, delays, span, duplicated);
    }

    [GeneratedRegex("/candidatures/([0-9a-fA-F-]{36})")]
    private static partial Regex PrivateLink();
}
