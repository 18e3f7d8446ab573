using System.Globalization;
using System.Text;
using CapRural.Registration.Contracts;
using CapRural.Selection.Domain;

namespace CapRural.Selection.Features;

/// <summary>Why two candidates count as one organisation for "at most N per organisation".</summary>
public enum OrganisationSource
{
    /// <summary>The same SIREN, given on the application.</summary>
    Siren,

    /// <summary>Intercommunality staff without a SIREN: their employer is the EPCI of their commune, whose SIREN the gazetteer knows.</summary>
    Epci,

    /// <summary>No SIREN: the same name, accents, case and punctuation aside, in the same department.</summary>
    Name,

    /// <summary>The coordinator merged or split them.</summary>
    Coordinator,
}

/// <summary>A candidate's organisation identity: the key the proposal's cap counts, and where it comes from.</summary>
internal sealed record OrganisationIdentity(string Key, OrganisationSource Source);

/// <summary>The people the proposal counts as one organisation, as the coordinator sees them on the board.</summary>
public sealed record OrganisationGroupView(string Key, string Name, OrganisationSource Source, string Department, IReadOnlyList<Guid> CandidateIds);

internal static class Organisations
{
    /// <summary>Largest groups first: those are the ones the cap bites on, and where a wrong grouping matters.</summary>
    public static List<OrganisationGroupView> Groups(IEnumerable<Candidate> candidates) =>
        [.. candidates
            .GroupBy(c => Of(c))
            .Select(g => new OrganisationGroupView(
                g.Key.Key,
                g.OrderBy(c => c.SubmittedAt).First().Organisation,
                g.Key.Source,
                g.OrderBy(c => c.SubmittedAt).First().DepartmentCode,
                [.. g.OrderBy(c => c.SubmittedAt).Select(c => c.Id)]))
            .OrderByDescending(g => g.CandidateIds.Count)
            .ThenBy(g => g.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), CompareOptions.IgnoreCase))
            .ThenBy(g => g.Key, StringComparer.Ordinal)];

    public const string CoordinatorPrefix = "coordinator:";

    /// <summary>
    /// Six Caisses d'allocations familiales in six departments are six organisations; "Département du Cantal" and
    /// "Departement du Cantal" are one. A SIREN wins over a name, and the coordinator's grouping over both.
    /// </summary>
    public static OrganisationIdentity Of(Candidate candidate)
    {
        if (candidate.OrganisationGroup is { } group)
        {
            return new(group, OrganisationSource.Coordinator);
        }

        if (candidate.OrganisationSiren is { } siren)
        {
            return new($"siren:{siren}", OrganisationSource.Siren);
        }

        return candidate is { OrganisationType: OrganisationType.Intercommunality, EpciSiren: { } epci }
            ? new($"siren:{epci}", OrganisationSource.Epci)
            : new($"name:{candidate.DepartmentCode}:{NormalisedName(candidate.Organisation)}", OrganisationSource.Name);
    }

    /// <summary>Lower case, no accents, letters and digits separated by single spaces.</summary>
    public static string NormalisedName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
