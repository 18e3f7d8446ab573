using System.Buffers;
using System.Collections.ObjectModel;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace CapRural.Territories;

/// <summary>
/// Reads the embedded gazetteer.tsv.gz written by build/gazetteer/transform.mjs.
/// One record a line, the first field giving its kind: R region, D department,
/// E EPCI, C commune, A old code pointing at a current commune. Parsing works on
/// the UTF-8 bytes in a pooled buffer and allocates only what the table keeps.
/// </summary>
internal static class GazetteerReader
{
    public const string ResourceName = "CapRural.Territories.gazetteer.tsv.gz";
    private static readonly byte[] Header = "#gazetteer\t1\t"u8.ToArray();

    public static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(GazetteerReader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var buffer = Inflate(stream, out var length);
        try
        {
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Inflate(Stream stream, out int length)
    {
        // The gzip trailer stores the uncompressed size: read it to size the buffer once.
        var capacity = 1 << 22;
        if (stream.CanSeek && stream.Length > 8)
        {
            Span<byte> trailer = stackalloc byte[4];
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(trailer);
            capacity = (int)Math.Min(BitConverter.ToUInt32(trailer) + 1u, 1u << 28);
            stream.Seek(0, SeekOrigin.Begin);
        }

        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        var buffer = ArrayPool<byte>.Shared.Rent(capacity);
        length = 0;
        int read;
        while ((read = gzip.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return buffer;
    }

    // Runs once per process: without full optimisation from the start, tier-0
    // code would make the first load several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Gazetteer Parse(ReadOnlySpan<byte> utf8)
    {
        if (!utf8.StartsWith(Header))
        {
            throw new InvalidDataException("Unknown gazetteer format.");
        }

        var builder = new Builder(utf8.Count("\nC\t"u8));
        var rest = utf8;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 1)..];
            if (line.Length < 2 || line[0] == (byte)'#')
            {
                continue;
            }

            var fields = new TsvLine(line[2..]);
            switch (line[0])
            {
                case (byte)'C': builder.AddCommune(ref fields); break;
                case (byte)'A': builder.AddAlias(ref fields); break;
                case (byte)'E': builder.AddEpci(ref fields); break;
                case (byte)'D': builder.AddDepartment(ref fields); break;
                case (byte)'R': builder.AddRegion(ref fields); break;
                default: throw new InvalidDataException($"Unknown gazetteer record '{(char)line[0]}'.");
            }
        }

        return builder.Build();
    }

    /// <summary>Fills the columns of a <see cref="CommuneTable"/>, sized from a first count of the commune lines.</summary>
    private sealed class Builder(int capacity)
    {
        private readonly List<Region> _regions = [];
        private readonly List<Department> _departments = [];
        private readonly List<Epci> _epcis = [];
        private readonly Dictionary<string, Department> _departmentByCode = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Epci> _epciBySiren = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _byCode = new(capacity + (capacity / 8), StringComparer.Ordinal);
        private readonly Dictionary<int, string> _postalCodes = new(7_000);
        private readonly Dictionary<string, ReadOnlyCollection<string>> _postalCodeLists = new(9_000, StringComparer.Ordinal);

        private readonly string[] _codes = new string[capacity];
        private readonly int[] _nameStarts = new int[capacity + 1];
        private readonly ReadOnlyCollection<string>[] _communePostalCodes = new ReadOnlyCollection<string>[capacity];
        private readonly Department[] _communeDepartments = new Department[capacity];
        private readonly string?[] _communeEpcis = new string?[capacity];
        private readonly int[] _populations = new int[capacity];
        private readonly double[] _latitudes = new double[capacity];
        private readonly double[] _longitudes = new double[capacity];
        private readonly LocationPrecision[] _precisions = new LocationPrecision[capacity];
        private char[] _names = new char[capacity * 16];
        private int _nameLength;
        private int _count;

        public void AddRegion(ref TsvLine fields) => _regions.Add(new Region(fields.NextString(), fields.NextString()));

        public void AddDepartment(ref TsvLine fields)
        {
            var department = new Department(fields.NextString(), fields.NextString(), fields.NextString());
            _departments.Add(department);
            _departmentByCode.Add(department.Code, department);
        }

        public void AddEpci(ref TsvLine fields)
        {
            var siren = fields.NextString();
            var name = fields.NextString();
            var nature = fields.Next();
            var epci = new Epci(siren, name, nature.IsEmpty ? null : Encoding.UTF8.GetString(nature));
            _epcis.Add(epci);
            _epciBySiren.Add(siren, epci);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddCommune(ref TsvLine fields)
        {
            var i = _count++;
            var code = fields.NextString();
            _codes[i] = code;
            AppendName(fields.Next());
            _nameStarts[i + 1] = _nameLength;
            _communePostalCodes[i] = ReadPostalCodes(fields.Next());
            _communeDepartments[i] = Find(_departmentByCode, fields.Next());
            var epci = fields.Next();
            _communeEpcis[i] = epci.IsEmpty ? null : Find(_epciBySiren, epci).Siren;
            _populations[i] = fields.NextInt32();
            _latitudes[i] = fields.NextDecimal();
            _longitudes[i] = fields.NextDecimal();
            _precisions[i] = fields.Next() switch
            {
                [(byte)'C'] => LocationPrecision.Commune,
                [(byte)'E'] => LocationPrecision.Epci,
                [(byte)'D'] => LocationPrecision.Department,
                _ => throw new InvalidDataException("Unknown location precision in gazetteer."),
            };
            _byCode.Add(code, i);
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddAlias(ref TsvLine fields)
        {
            var oldCode = fields.NextString();
            _byCode.Add(oldCode, Find(_byCode, fields.Next()));
        }

        public Gazetteer Build()
        {
            if (_count != _codes.Length)
            {
                throw new InvalidDataException("Gazetteer commune lines miscounted.");
            }

            var table = new CommuneTable(
                _codes, _names[.._nameLength], _nameStarts, _communePostalCodes, _communeDepartments, _communeEpcis,
                _populations, _latitudes, _longitudes, _precisions);
            return new Gazetteer([.. _regions], [.. _departments], [.. _epcis], table, _byCode);
        }

        private void AppendName(ReadOnlySpan<byte> utf8)
        {
            if (_names.Length - _nameLength < utf8.Length)
            {
                Array.Resize(ref _names, Math.Max(_names.Length * 2, _nameLength + utf8.Length));
            }

            // UTF-16 never needs more chars than UTF-8 has bytes.
            _nameLength += Encoding.UTF8.GetChars(utf8, _names.AsSpan(_nameLength));
        }

        /// <summary>Look-up by an ASCII key straight from the bytes.</summary>
        private static T Find<T>(Dictionary<string, T> map, ReadOnlySpan<byte> key)
        {
            Span<char> chars = stackalloc char[16];
            if (key.Length > chars.Length || !Ascii.IsValid(key))
            {
                throw new InvalidDataException("Bad code in gazetteer.");
            }

            Ascii.ToUtf16(key, chars, out var length);
            return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars[..length], out var value)
                ? value
                : throw new InvalidDataException($"Gazetteer refers to unknown code {chars[..length]}.");
        }

        private ReadOnlyCollection<string> ReadPostalCodes(ReadOnlySpan<byte> field)
        {
            if (field.IsEmpty)
            {
                return ReadOnlyCollection<string>.Empty;
            }

            // Most communes have one postal code, shared with their neighbours:
            // equal lists are one read-only instance, which halves the objects to load.
            Span<char> key = field.Length <= 256 ? stackalloc char[256] : new char[field.Length];
            key = key[..field.Length];
            if (!Ascii.IsValid(field))
            {
                throw new InvalidDataException("Bad postal codes in gazetteer.");
            }

            Ascii.ToUtf16(field, key, out _);
            var lookup = _postalCodeLists.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(key, out var list))
            {
                list = ParsePostalCodes(field);
                _postalCodeLists.Add(key.ToString(), list);
            }

            return list;
        }

        private ReadOnlyCollection<string> ParsePostalCodes(ReadOnlySpan<byte> field)
        {
            // Five digits each, comma separated. Neighbouring communes share
            // postal codes: keep one string per code.
            if (field.Length % 6 != 5)
            {
                throw new InvalidDataException("Bad postal codes in gazetteer.");
            }

            var codes = new string[(field.Length + 1) / 6];
            for (var i = 0; i < codes.Length; i++)
            {
                if (i > 0 && field[(i * 6) - 1] != (byte)',')
                {
                    throw new InvalidDataException("Bad postal codes in gazetteer.");
                }

                var part = field.Slice(i * 6, 5);
                var key = 0;
                foreach (var b in part)
                {
                    key = (key * 10) + (b is >= (byte)'0' and <= (byte)'9' ? b - '0' : throw new InvalidDataException("Bad postal code in gazetteer."));
                }

                if (!_postalCodes.TryGetValue(key, out var shared))
                {
                    shared = Encoding.ASCII.GetString(part);
                    _postalCodes.Add(key, shared);
                }

                codes[i] = shared;
            }

            return Array.AsReadOnly(codes);
        }
    }
}
