using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Registration.Contracts;

public sealed record ApplicationSubmitted(Guid ApplicationId, Guid CallId, ApplicantProfile Profile, DateTimeOffset SubmittedAt) : IntegrationEvent;

/// <summary>The applicant corrected their application while the call was open.</summary>
public sealed record ApplicationUpdated(Guid ApplicationId, Guid CallId, ApplicantProfile Profile) : IntegrationEvent;

public sealed record ApplicationWithdrawn(Guid ApplicationId, Guid CallId) : IntegrationEvent;

/// <summary>GDPR erasure: every module removes the personal data it holds about this application.</summary>
public sealed record ApplicantDataErased(Guid ApplicationId, Guid CallId) : IntegrationEvent;
