using CapRural.BuildingBlocks.Errors;
using CapRural.Knowledge.Domain;
using FluentValidation;

namespace CapRural.Knowledge.Tests;

public sealed class MethodSheetTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static SheetContent Content(string title = "Diagnostic partagé de territoire", string body = "## Étapes\n\n1. Réunir") =>
        new(title, "Croiser les regards.", body, ["mobilité"], ["Camille Martin"], SheetRules.DefaultLicence, null);

    private static MethodSheet Reviewed()
    {
        var sheet = MethodSheet.Create(Content(), "diagnostic-partage-de-territoire", Now);
        sheet.Submit(Now);
        return sheet;
    }

    [Fact]
    public void A_sheet_goes_from_draft_to_review_to_published_to_archived()
    {
        var sheet = MethodSheet.Create(Content(), "diagnostic-partage-de-territoire", Now);
        Assert.Equal(SheetStatus.Draft, sheet.Status);
        Assert.False(sheet.IsOnline);

        sheet.Submit(Now);
        Assert.Equal(SheetStatus.InReview, sheet.Status);

        var (revision, published) = sheet.Publish(Now.AddHours(1));
        Assert.Equal(SheetStatus.Published, sheet.Status);
        Assert.True(sheet.IsOnline);
        Assert.Equal(1, revision.Number);
        Assert.Equal(1, published.Revision);
        Assert.Equal("diagnostic-partage-de-territoire", published.Slug);

        var archived = sheet.Archive(Now.AddDays(1));
        Assert.Equal(SheetStatus.Archived, sheet.Status);
        Assert.False(sheet.IsOnline);
        Assert.Equal(sheet.Id, archived.SheetId);
    }

    [Fact]
    public void Editing_a_published_sheet_prepares_the_next_revision_and_keeps_the_first_online()
    {
        var sheet = Reviewed();
        var (first, _) = sheet.Publish(Now);

        sheet.Edit(Content("Un autre titre", "Nouveau contenu"), "un-autre-titre", Now.AddDays(1));

        Assert.Equal(SheetStatus.Draft, sheet.Status);
        Assert.True(sheet.IsOnline);
        Assert.Equal(1, sheet.PublishedRevision);
        Assert.Equal("diagnostic-partage-de-territoire", sheet.Slug);
        Assert.Equal("## Étapes\n\n1. Réunir", first.Body);

        sheet.Submit(Now.AddDays(1));
        var (second, _) = sheet.Publish(Now.AddDays(2));
        Assert.Equal(2, second.Number);
        Assert.Equal("Nouveau contenu", second.Body);
        Assert.Equal("diagnostic-partage-de-territoire", second.Slug);
        Assert.Equal(Now, sheet.FirstPublishedAt);
    }

    [Fact]
    public void The_slug_follows_the_title_until_the_first_publication()
    {
        var sheet = MethodSheet.Create(Content(), "diagnostic-partage-de-territoire", Now);
        sheet.Edit(Content("Animer un atelier"), "animer-un-atelier", Now);
        Assert.Equal("animer-un-atelier", sheet.Slug);
    }

    [Fact]
    public void Publishing_a_draft_that_was_not_reviewed_is_refused()
    {
        var sheet = MethodSheet.Create(Content(), "s", Now);
        var conflict = Assert.Throws<ConflictException>(() => sheet.Publish(Now));
        Assert.Contains("relecture", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(0, sheet.PublishedRevision);
    }

    [Fact]
    public void Wrong_transitions_are_refused_with_the_reason()
    {
        var sheet = Reviewed();
        Assert.Throws<ConflictException>(() => sheet.Submit(Now));
        sheet.Publish(Now);
        Assert.Throws<ConflictException>(() => sheet.Publish(Now));
        Assert.Throws<ConflictException>(() => sheet.Submit(Now));
        sheet.Archive(Now);
        Assert.Throws<ConflictException>(() => sheet.Archive(Now));
        Assert.Throws<ConflictException>(() => sheet.Edit(Content(), "x", Now));
        Assert.Throws<ConflictException>(() => sheet.Submit(Now));
    }

    [Fact]
    public void A_sheet_never_published_cannot_be_archived()
    {
        var sheet = MethodSheet.Create(Content(), "s", Now);
        var conflict = Assert.Throws<ConflictException>(() => sheet.Archive(Now));
        Assert.Contains("jamais publiée", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sheet_without_body_cannot_go_to_review()
    {
        var sheet = MethodSheet.Create(Content(body: "  "), "s", Now);
        var invalid = Assert.Throws<ValidationException>(() => sheet.Submit(Now));
        Assert.Contains(invalid.Errors, e => e.PropertyName == "Body");
        Assert.Equal(SheetStatus.Draft, sheet.Status);
    }

    [Fact]
    public void Every_change_gives_the_sheet_a_new_version_so_racing_writers_are_detected()
    {
        var sheet = MethodSheet.Create(Content(), "s", Now);
        var versions = new List<Guid> { sheet.Version };
        sheet.Edit(Content("Autre"), "autre", Now);
        versions.Add(sheet.Version);
        sheet.Submit(Now);
        versions.Add(sheet.Version);
        sheet.Publish(Now);
        versions.Add(sheet.Version);
        sheet.Archive(Now);
        versions.Add(sheet.Version);

        Assert.Equal(versions.Count, versions.Distinct().Count());
    }
}
