namespace CapRural.Knowledge.Features;

/// <summary>A sheet as the example shown in the API documentation.</summary>
internal static class SheetExamples
{
    public static readonly object DiagnosticPartage = new
    {
        title = "Diagnostic partagé de territoire",
        summary = "Conduire un diagnostic qui croise les regards des élus, des travailleurs sociaux et des habitants.",
        body = "## Pourquoi\n\nUn diagnostic partagé fonde une convention territoriale globale.\n\n## Étapes\n\n1. Réunir les acteurs\n2. Croiser les données\n3. Restituer aux habitants",
        themes = new[] { "convention territoriale globale", "services à la population", "diagnostic" },
        authors = new[] { "Groupe de travail « Mailler les ingénieries »" },
        licence = "CC BY-SA 4.0",
    };
}
