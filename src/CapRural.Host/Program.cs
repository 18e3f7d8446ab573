using CapRural.Host;
using CapRural.Host.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var app = PlatformApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the HTTP tests' WebApplicationFactory.</summary>
public partial class Program;
