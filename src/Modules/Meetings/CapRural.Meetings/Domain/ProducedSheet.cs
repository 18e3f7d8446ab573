namespace CapRural.Meetings.Domain;

/// <summary>
/// A method sheet Knowledge published from one of our meetings' minutes: the group's production for its
/// yearly report. Kept from Knowledge's events, as Meetings reads no other module's tables.
/// </summary>
internal sealed class ProducedSheet
{
    /// <summary>Knowledge's title limit, so that any title it publishes fits.</summary>
    public const int TitleMax = 200;

    private ProducedSheet()
    {
    }

    public Guid SheetId { get; private set; }

    /// <summary>The meeting whose minutes the sheet came from: how it belongs to a group. Null once a revision drops it.</summary>
    public Guid? SourceMeetingId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The first publication: the year the sheet counts in.</summary>
    public DateTimeOffset? FirstPublishedAt { get; private set; }

    /// <summary>An archived sheet leaves the count; Knowledge never puts it back online.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    public static ProducedSheet For(Guid sheetId) => new() { SheetId = sheetId };

    /// <summary>Each revision brings its title and source; a revision arriving after the archive changes nothing but them.</summary>
    public void Published(string title, Guid? sourceMeetingId, DateTimeOffset publishedAt)
    {
        Title = title;
        SourceMeetingId = sourceMeetingId;
        if (FirstPublishedAt is null || publishedAt < FirstPublishedAt)
        {
            FirstPublishedAt = publishedAt;
        }
    }

    public void Archived(DateTimeOffset archivedAt) => ArchivedAt ??= archivedAt;
}
