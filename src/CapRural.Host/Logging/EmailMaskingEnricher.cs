using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace CapRural.Host.Logging;

/// <summary>
/// No e-mail address reaches the logs: every string property is rewritten so
/// "marie.durand@example.org" becomes "m***@example.org".
/// </summary>
internal sealed partial class EmailMaskingEnricher : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (value is ScalarValue { Value: string text } && text.Contains('@'))
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Mask(text))));
            }
        }
    }

    public static string Mask(string text) =>
        EmailPattern().Replace(text, m => m.Groups["first"].Value + "***@" + m.Groups["domain"].Value);

    [GeneratedRegex(@"(?<first>[A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@(?<domain>[A-Za-z0-9.-]+\.[A-Za-z]{2,})")]
    private static partial Regex EmailPattern();
}
