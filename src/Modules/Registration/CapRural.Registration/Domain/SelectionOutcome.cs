namespace CapRural.Registration.Domain;

/// <summary>What became of an application once Selection published its results, as the applicant is told.</summary>
public enum SelectionOutcome
{
    /// <summary>Offered a place; the person has not answered yet.</summary>
    Accepted,

    /// <summary>On the waiting list.</summary>
    Waitlisted,

    /// <summary>Not retained.</summary>
    Declined,

    /// <summary>Confirmed their place: a member of the working group.</summary>
    Confirmed,

    /// <summary>Gave up the place they were offered or had confirmed.</summary>
    GaveUpPlace,

    /// <summary>Was a member and left the group (or was taken off its roster).</summary>
    FormerMember,
}

/// <summary>Why an applicant's data is erased automatically once the retention delay has passed.</summary>
public enum RetentionReason
{
    Declined,
    Waitlisted,
    Withdrawn,
    GaveUpPlace,
    FormerMember,
}
