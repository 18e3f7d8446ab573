using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Registration.Contracts;

/// <summary>A new application; <c>Siren</c> (digits, optional, absent from events written before it existed) names the organisation.</summary>
[EventName("registration.application-submitted.v1")]
public sealed record ApplicationSubmitted(Guid ApplicationId, Guid CallId, ApplicantProfile Profile, DateTimeOffset SubmittedAt, string? Siren = null) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>The applicant corrected their application while the call was open.</summary>
[EventName("registration.application-updated.v1")]
public sealed record ApplicationUpdated(Guid ApplicationId, Guid CallId, ApplicantProfile Profile, string? Siren = null) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

[EventName("registration.application-withdrawn.v1")]
public sealed record ApplicationWithdrawn(Guid ApplicationId, Guid CallId) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}

/// <summary>GDPR erasure: every module removes the personal data it holds about this application.</summary>
[EventName("registration.applicant-data-erased.v1")]
public sealed record ApplicantDataErased(Guid ApplicationId, Guid CallId) : IntegrationEvent
{
    public override Guid SubjectId => ApplicationId;
}
