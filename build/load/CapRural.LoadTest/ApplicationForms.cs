using System.Text;
using System.Text.Json;

namespace CapRural.LoadTest;

/// <summary>
/// Valid, distinct application bodies: a unique e-mail per request and a real commune of
/// Auvergne-Rhône-Alpes, so every request should be accepted.
/// </summary>
internal sealed class ApplicationForms(string runId)
{
    /// <summary>Prefectures and large towns of the region's twelve departments (INSEE codes).</summary>
    private static readonly string[] Communes =
    [
        "63113", "69123", "42218", "38185", "73065", "74010", "01053", "03185", "07186", "15014", "26362", "43157",
    ];

    private static readonly string[] OrganisationTypes =
    [
        "commune", "intercommunality", "department", "territorialProject", "association", "socialActionCentre", "socialSecurityFund",
    ];

    private static readonly string[] Formats = ["inPerson", "remote", "hybrid"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string EmailOf(int index) => $"charge-{runId}-{index}@example.org";

    public ByteArrayContentFactory Create(int index)
    {
        var localDevelopment = index % 2 == 0;
        var body = new
        {
            firstName = "Camille",
            lastName = $"Essai {index}",
            email = EmailOf(index),
            phone = "04 73 00 00 00",
            organisation = $"Organisation de test {index % 97}",
            organisationType = OrganisationTypes[index % OrganisationTypes.Length],
            jobTitle = localDevelopment ? "Agente de développement" : "Travailleuse sociale",
            sector = localDevelopment ? "localDevelopment" : "socialAction",
            role = localDevelopment ? "agent de développement" : "travailleur social",
            communeCode = Communes[index % Communes.Length],
            motivation = "Croiser les pratiques de l'action sociale et du développement local sur notre territoire rural.",
            expectations = "Des méthodes pour monter des projets communs.",
            topics = new[] { "mobilité", "petite enfance" },
            preferredFormat = Formats[index % Formats.Length],
            availableForFirstMeeting = index % 3 != 0,
            consentToProcessing = true,
            consentToDirectory = index % 4 == 0,
        };
        return new ByteArrayContentFactory(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, Json)));
    }
}

/// <summary>A serialised body; a new HttpContent is made per send.</summary>
internal sealed record ByteArrayContentFactory(byte[] Bytes)
{
    public HttpContent ToContent()
    {
        var content = new ByteArrayContent(Bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return content;
    }
}
