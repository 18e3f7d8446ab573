namespace CapRural.Selection;

/// <summary>
/// The retention delays Registration applies (section <c>Retention</c>), read here only so that the
/// e-mails to people who were not selected tell them the truth about when their data goes.
/// </summary>
internal sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days after the selection is published before the data of people not selected is erased.</summary>
    public int NotSelectedDays { get; set; } = 90;
}
