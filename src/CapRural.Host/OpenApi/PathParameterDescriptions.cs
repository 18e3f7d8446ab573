using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace CapRural.Host.OpenApi;

/// <summary>
/// Says, for each id in a path, which earlier answer it comes from: in the Swagger UI the coordinator
/// pastes ids from one step into the next, and should not have to guess where to find them.
/// </summary>
internal sealed class PathParameterDescriptions : IOperationFilter
{
    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        ["callId"] = "Id de l'appel : `callId` dans la réponse de `listCalls` ou de `createCall`.",
        ["applicationId"] = "Id de la candidature : `applicationId` dans la réponse de `submitApplication` ou de `listApplications`.",
        ["candidateId"] = "Id de la personne candidate dans la sélection : `candidateId` d'un élément de `getCandidateBoard`.",
        ["apiKeyId"] = "Id d'une clé d'API : `id` dans la réponse de `listApiKeys`.",
        ["groupId"] = "Id du groupe de travail : `groupId` dans la réponse de `listGroups`.",
        ["memberId"] = "Id du membre : `memberId` dans la réponse de `listMembers`.",
        ["meetingId"] = "Id de la réunion : `meetingId` dans la réponse de `listMeetings` ou de `planMeeting`.",
        ["pollId"] = "Id du sondage de dates : `pollId` dans la réponse de `openDatePoll`.",
        ["sheetId"] = "Id de la fiche : `sheetId` dans la réponse de `listMethodSheets` ou de `createMethodSheet`.",
        ["slug"] = "Adresse lisible de la fiche publiée : `slug` dans la réponse de `listPublicSheets`.",
        ["noteId"] = "Id du compte rendu : `noteId` dans la réponse de `listMeetingNotes`.",
        ["reportId"] = "Id du retour d'expérience : `reportId` dans la réponse de `listExperienceReports`.",
        ["token"] = "Le jeton privé du lien reçu par e-mail.",
        ["module"] = "Le module dont la file d'événements est concernée, tel que `getOutbox` le nomme.",
        ["messageId"] = "Id de l'événement en échec : `id` dans la réponse de `getOutbox`.",
        ["code"] = "Code INSEE de la commune (5 caractères, ex. 63113 pour Clermont-Ferrand).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Path && string.IsNullOrEmpty(parameter.Description) &&
                parameter.Name is { } name && Sources.TryGetValue(name, out var description))
            {
                parameter.Description = description;
            }
        }
    }
}
