using Microsoft.Extensions.DependencyInjection;

namespace CapRural.BuildingBlocks.PersonalData;

/// <summary>
/// How long the platform keeps the data of people who will not (or no longer) take part (section
/// <c>Retention</c>). Registration erases them when the delay has passed; Selection's e-mails state
/// the same delay. One definition, so the promise and the erasure cannot drift apart.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days after the published outcome (declined, waitlisted never promoted, gave up the place) or the withdrawal.</summary>
    public int NotSelectedDays { get; set; } = 90;

    /// <summary>Days after a member left the working group.</summary>
    public int FormerMembersDays { get; set; } = 90;
}

public static class RetentionOptionsRegistration
{
    /// <summary>Binds and validates the <c>Retention</c> section; a negative delay stops the host at start.</summary>
    public static IServiceCollection AddRetentionOptions(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .Validate(o => o.NotSelectedDays >= 0, "Retention:NotSelectedDays must be zero or more days")
            .Validate(o => o.FormerMembersDays >= 0, "Retention:FormerMembersDays must be zero or more days")
            .ValidateOnStart();
        return services;
    }
}
