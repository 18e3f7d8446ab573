namespace CapRural.Knowledge;

/// <summary>Settings of the Knowledge module (section <c>Knowledge</c>).</summary>
internal sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>
    /// Hosts whose images (https only) published sheets may show. Empty by default: a remote image
    /// would tell its host who reads the sheet, on partners' sites and in the Atom feed.
    /// </summary>
    public IReadOnlyList<string> ImageHosts { get; set; } = [];
}
