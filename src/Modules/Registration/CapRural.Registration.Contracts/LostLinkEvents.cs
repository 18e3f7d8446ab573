using CapRural.BuildingBlocks.Contracts;

namespace CapRural.Registration.Contracts;

/// <summary>
/// Someone asked for their private links again. Registration answers at once and looks the address up
/// when this is delivered, so the answer reveals nothing; the event carries no address, only the request's id.
/// </summary>
[EventName("registration.lost-link-requested.v1")]
public sealed record LostLinkRequested(Guid RequestId) : IntegrationEvent
{
    public override Guid SubjectId => RequestId;
}
