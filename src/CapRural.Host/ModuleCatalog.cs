using CapRural.BuildingBlocks.Modules;
using CapRural.Knowledge;
using CapRural.Meetings;
using CapRural.Registration;
using CapRural.Selection;

namespace CapRural.Host;

/// <summary>The modules this host loads, in order. The host knows nothing else about them.</summary>
internal static class ModuleCatalog
{
    public static readonly IReadOnlyList<IModule> All =
    [
        new RegistrationModule(),
        new SelectionModule(),
        new KnowledgeModule(),
        new MeetingsModule(),
    ];
}
