using CapRural.BuildingBlocks.Errors;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Knowledge.Contracts;
using FluentValidation;
using FluentValidation.Results;

namespace CapRural.Knowledge.Domain;

public enum SheetStatus
{
    Draft,
    InReview,
    Published,
    Archived,
}

/// <summary>
/// A fiche méthode. The fields are the working copy the coordinator edits; what partners read is
/// the last published revision, which stays online while the next one is drafted and reviewed.
/// </summary>
internal sealed class MethodSheet
{
    private MethodSheet()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Follows the title until the first publication, then never changes.</summary>
    public string Slug { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Body { get; private set; } = "";

    public List<string> Themes { get; private set; } = [];

    public List<string> Authors { get; private set; } = [];

    public string Licence { get; private set; } = SheetRules.DefaultLicence;

    public Guid? SourceMeetingId { get; private set; }

    /// <summary>A method sheet, or a member's experience report once accepted.</summary>
    public SheetKind Kind { get; private set; }

    public SheetStatus Status { get; private set; }

    /// <summary>The number of the revision online (or last online, once archived); 0 before the first publication.</summary>
    public int PublishedRevision { get; private set; }

    /// <summary>Changes with every change: two requests that read the same version cannot both write.</summary>
    public Guid Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset EditedAt { get; private set; }

    public DateTimeOffset? FirstPublishedAt { get; private set; }

    public DateTimeOffset? ArchivedAt { get; private set; }

    public bool IsOnline => PublishedRevision > 0 && Status != SheetStatus.Archived;

    public bool SlugIsFixed => PublishedRevision > 0;

    public SheetContent Content
    {
        get => new(Title, Summary, Body, Themes, Authors, Licence, SourceMeetingId);
        private set
        {
            Title = value.Title;
            Summary = value.Summary;
            Body = value.Body;
            Themes = [.. value.Themes];
            Authors = [.. value.Authors];
            Licence = value.Licence;
            SourceMeetingId = value.SourceMeetingId;
        }
    }

    public static MethodSheet Create(SheetContent content, string slug, DateTimeOffset now, SheetKind kind = SheetKind.MethodSheet) => new()
    {
        Id = SortableId.New(),
        Kind = kind,
        Slug = slug,
        Content = content,
        Status = SheetStatus.Draft,
        Version = Guid.NewGuid(),
        CreatedAt = now,
        EditedAt = now,
    };

    /// <summary>
    /// Changes the working copy. A published sheet goes back to draft for its next revision; the
    /// published revision stays online. <paramref name="slug"/> is ignored once the slug is fixed.
    /// </summary>
    public void Edit(SheetContent content, string slug, DateTimeOffset now)
    {
        if (Status == SheetStatus.Archived)
        {
            throw new ConflictException(Localized.Pick(
                "Cette fiche est archivée : elle ne peut plus être modifiée.",
                "This sheet is archived and can no longer be edited."));
        }

        Content = content;
        if (!SlugIsFixed)
        {
            Slug = slug;
        }

        if (Status == SheetStatus.Published)
        {
            Status = SheetStatus.Draft;
        }

        EditedAt = now;
        Version = Guid.NewGuid();
    }

    public void Submit(DateTimeOffset now)
    {
        switch (Status)
        {
            case SheetStatus.InReview:
                throw new ConflictException(Localized.Pick("Cette fiche est déjà en relecture.", "This sheet is already in review."));
            case SheetStatus.Published:
                throw new ConflictException(Localized.Pick(
                    "Cette fiche est publiée et n'a aucune modification en attente : modifiez-la pour préparer une nouvelle révision.",
                    "This sheet is published with no pending change: edit it to prepare a new revision."));
            case SheetStatus.Archived:
                throw ArchivedConflict();
        }

        var missing = new List<ValidationFailure>();
        if (string.IsNullOrWhiteSpace(Summary))
        {
            missing.Add(new ValidationFailure(nameof(Summary), Localized.Pick(
                "Le résumé est nécessaire avant la relecture.", "A summary is required before review.")));
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            missing.Add(new ValidationFailure(nameof(Body), Localized.Pick(
                "Le contenu de la fiche est nécessaire avant la relecture.", "The sheet's body is required before review.")));
        }

        if (missing.Count > 0)
        {
            throw new ValidationException(missing);
        }

        Status = SheetStatus.InReview;
        EditedAt = now;
        Version = Guid.NewGuid();
    }

    /// <summary>Freezes the reviewed working copy as the next revision and puts it online.</summary>
    public (SheetRevision Revision, MethodSheetPublished Published) Publish(DateTimeOffset now)
    {
        switch (Status)
        {
            case SheetStatus.Draft:
                throw new ConflictException(Localized.Pick(
                    "Cette fiche doit d'abord être soumise en relecture (POST /api/method-sheets/{id}/submit).",
                    "This sheet must be submitted for review first."));
            case SheetStatus.Published:
                throw new ConflictException(Localized.Pick(
                    "Cette révision est déjà publiée : modifiez la fiche pour en préparer une nouvelle.",
                    "This revision is already published: edit the sheet to prepare a new one."));
            case SheetStatus.Archived:
                throw ArchivedConflict();
        }

        PublishedRevision++;
        Status = SheetStatus.Published;
        FirstPublishedAt ??= now;
        Version = Guid.NewGuid();
        var revision = SheetRevision.Freeze(Id, PublishedRevision, Slug, Content, now);
        return (revision, new MethodSheetPublished(Id, Slug, PublishedRevision, Title, Themes, SourceMeetingId, now));
    }

    /// <summary>Erasure: the working copy no longer names the person (no new revision, no change of status).</summary>
    public bool ReplaceAuthor(string name, string replacement)
    {
        var replaced = AuthorNames.Replaced(Authors, name, replacement);
        if (replaced is null)
        {
            return false;
        }

        Authors = replaced;
        // A coordinator's edit read before the erasure must not put the name back: it gets a 409.
        Version = Guid.NewGuid();
        return true;
    }

    public MethodSheetArchived Archive(DateTimeOffset now)
    {
        if (Status == SheetStatus.Archived)
        {
            throw new ConflictException(Localized.Pick("Cette fiche est déjà archivée.", "This sheet is already archived."));
        }

        if (PublishedRevision == 0)
        {
            throw new ConflictException(Localized.Pick(
                "Une fiche jamais publiée ne peut pas être archivée.",
                "A sheet that was never published cannot be archived."));
        }

        Status = SheetStatus.Archived;
        ArchivedAt = now;
        Version = Guid.NewGuid();
        return new MethodSheetArchived(Id, Slug, now);
    }

    private static ConflictException ArchivedConflict() => new(Localized.Pick(
        "Cette fiche est archivée : elle ne peut plus être publiée ni relue.",
        "This sheet is archived: it can no longer be reviewed or published."));
}
