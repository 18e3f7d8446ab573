using System.Net;
using System.Net.Http.Json;
using CapRural.Api.Tests.Meetings;
using CapRural.Api.Tests.Selection;
using CapRural.BuildingBlocks.PersonalData;
using CapRural.Knowledge.Domain;
using CapRural.Knowledge.Features.ExportPersonalData;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Api.Tests.Knowledge;

/// <summary>Knowledge's section of "export my data": directory entry and consent, reports sent and the authorship choice.</summary>
public sealed class PersonalDataTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private async Task<KnowledgePersonalData?> ExportAsync(Guid applicationId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var request = new PersonalDataRequested(applicationId);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(request);
        return request.Sections.TryGetValue("knowledge", out var section) ? Assert.IsType<KnowledgePersonalData>(section) : null;
    }

    [Fact]
    public async Task The_export_holds_the_directory_entry_its_consent_and_the_reports_with_the_authorship_choice()
    {
        var group = await MeetingsApi.GroupAsync(factory, [new Applicant("Aurèle", "socialAction", "63430", "CCAS de Thiers")]);
        var aurele = MeetingsApi.Member(factory, group.Tokens["Aurèle"]);
        Assert.Equal(HttpStatusCode.OK, (await MemberLifecycleApi.ConsentAsync(aurele, false)).StatusCode);
        var submitted = await aurele.PostAsJsonAsync("/api/experience-reports",
            new { title = "Une épicerie solidaire", summary = "En bref.", body = "Ce que nous avons fait.", publishAuthorName = true });
        var reportId = (await submitted.JsonAsync())["reportId"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.OK, (await group.Coordinator.PostAsync($"/api/experience-reports/{reportId}/accept", null)).StatusCode);

        var data = await ExportAsync(group.Applications["Aurèle"]);

        Assert.NotNull(data);
        var directory = Assert.IsType<DirectoryData>(data.Directory);
        Assert.False(directory.Consent);
        Assert.Equal("member", directory.ConsentSource);
        Assert.False(directory.Listed);
        Assert.Equal("Aurèle Martin", directory.Entry.Name);
        Assert.Equal(group.Email("Aurèle"), directory.Entry.Email);
        var report = Assert.Single(data.ExperienceReports);
        Assert.Equal(reportId, report.ReportId);
        Assert.Equal(ExperienceReportStatus.Accepted, report.Status);
        Assert.True(report.PublishAuthorName);
        Assert.Equal("Aurèle Martin", report.PublishedAuthor);
        Assert.False(string.IsNullOrEmpty(report.SheetSlug));

        Assert.Null(await ExportAsync(Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.NoContent, (await group.Coordinator.DeleteAsync($"/api/applications/{group.Applications["Aurèle"]}")).StatusCode);
        await factory.DeliverOutboxAsync();
        Assert.Null(await ExportAsync(group.Applications["Aurèle"]));
    }
}
