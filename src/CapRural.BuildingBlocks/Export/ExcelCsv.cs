using System.Globalization;
using CsvHelper;

namespace CapRural.BuildingBlocks.Export;

/// <summary>
/// CSV that opens as-is in a French Excel (semicolons, byte order mark, French numbers). Cells Excel
/// would run as formulas are escaped: exported texts come from public forms.
/// </summary>
public static class ExcelCsv
{
    private static readonly CsvWriterOptions Format = new()
    {
        Separator = ';',
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.GetCultureInfo("fr-FR"),
    };

    /// <summary>The file's bytes: <paramref name="headers"/>, then one line per row.</summary>
    public static async Task<byte[]> WriteAsync(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await using (var csv = CsvWriter.Create(buffer, Format, true))
        {
            foreach (var row in rows.Prepend(headers))
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }

                await csv.EndRecordAsync(cancellationToken);
            }
        }

        return buffer.ToArray();
    }
}
