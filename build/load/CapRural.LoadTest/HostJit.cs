using System.Globalization;

namespace CapRural.LoadTest;

/// <summary>
/// How busy the hosts' JIT is, read from <c>/proc</c>: the CPU time of the runtime's tiered
/// compilation thread (".NET Tiered Com"), which recompiles hot methods with profile data for tens of
/// seconds after the first requests. A round during which it still ran measured a host that was
/// compiling besides serving; its throughput, steady or not, is not yet the host's.
/// </summary>
internal sealed class HostJit(IReadOnlyList<int> pids)
{
    private const string ThreadName = ".NET Tiered Com";

    /// <summary>Linux reports thread times in clock ticks of 1/100 s (USER_HZ).</summary>
    private const double TicksPerSecond = 100;

    public bool Known => pids.Count > 0;

    /// <summary>CPU ticks of each host's compilation thread(s) now, by process and thread id.</summary>
    public IReadOnlyDictionary<(int Pid, int Tid), long> Read()
    {
        var ticks = new Dictionary<(int, int), long>();
        foreach (var pid in pids)
        {
            string[] threads;
            try
            {
                threads = Directory.GetDirectories($"/proc/{pid}/task");
            }
            catch (DirectoryNotFoundException)
            {
                continue; // A host killed on purpose (--kill-pid) has no threads left to watch.
            }

            foreach (var thread in threads)
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(thread, "comm")).TrimEnd('\n') != ThreadName)
                    {
                        continue;
                    }

                    // Fields after the name in parentheses: utime and stime are the 14th and 15th of the line.
                    var stat = File.ReadAllText(Path.Combine(thread, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    var tid = int.Parse(Path.GetFileName(thread), CultureInfo.InvariantCulture);
                    ticks[(pid, tid)] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // The thread ended between listing and reading: the runtime stops it when idle.
                }
            }
        }

        return ticks;
    }

    /// <summary>
    /// The compilation threads' CPU between two readings, as a share of <paramref name="elapsed"/>.
    /// A thread gone by the second reading counts nothing: the runtime stops it only after it has been
    /// idle for seconds. One started in between counts all it has used.
    /// </summary>
    public static double Share(IReadOnlyDictionary<(int Pid, int Tid), long> before, IReadOnlyDictionary<(int Pid, int Tid), long> after, TimeSpan elapsed)
    {
        long spent = 0;
        foreach (var (thread, ticks) in after)
        {
            spent += ticks - before.GetValueOrDefault(thread);
        }

        return spent / TicksPerSecond / elapsed.TotalSeconds;
    }
}
