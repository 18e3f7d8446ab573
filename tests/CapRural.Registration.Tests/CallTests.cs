using CapRural.BuildingBlocks.Errors;
using CapRural.Registration.Domain;

namespace CapRural.Registration.Tests;

public sealed class CallTests
{
    private static readonly DateTimeOffset Opens = new(2022, 1, 17, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2022, 2, 28, 22, 59, 0, TimeSpan.Zero);

    internal static CallDetails Details(DateTimeOffset opens, DateTimeOffset closes) =>
        new("AMI", "Groupe", "Texte", opens, closes, new DateOnly(2022, 4, 7), 20, 4, ["mobilité"]);

    private static Call PublishedCall()
    {
        var call = Call.Create(Details(Opens, Closes), Opens.AddDays(-3));
        call.Publish(Opens.AddDays(-3));
        return call;
    }

    [Fact]
    public void A_call_is_open_only_once_published_and_inside_its_window()
    {
        var call = Call.Create(Details(Opens, Closes), Opens.AddDays(-3));
        Assert.False(call.IsOpen(Opens.AddDays(1)));
        var opened = call.Publish(Opens.AddDays(-3));
        Assert.Equal(call.Id, opened.CallId);
        Assert.Equal(20, opened.TargetGroupSize);

        Assert.False(call.IsOpen(Opens.AddTicks(-1)));
        Assert.True(call.IsOpen(Opens));
        Assert.True(call.IsOpen(Closes.AddTicks(-1)));
        Assert.False(call.IsOpen(Closes));
    }

    [Fact]
    public void Applications_before_the_opening_or_after_the_deadline_are_refused_with_the_date_in_paris_time()
    {
        var call = PublishedCall();
        var early = Assert.Throws<ConflictException>(() => call.EnsureAcceptsApplications(Opens.AddMinutes(-1)));
        Assert.Contains("17/01/2022 à 09h00", early.Message, StringComparison.Ordinal);
        var late = Assert.Throws<ConflictException>(() => call.EnsureAcceptsApplications(Closes));
        Assert.Contains("28/02/2022 à 23h59", late.Message, StringComparison.Ordinal);
        call.EnsureAcceptsApplications(Opens.AddDays(1));
    }

    [Fact]
    public void Closing_early_stops_applications_at_once_and_only_once()
    {
        var call = PublishedCall();
        var closedAt = Opens.AddDays(5);
        Assert.Equal(closedAt, call.CloseEarly(closedAt).ClosedAt);
        Assert.False(call.IsOpen(closedAt.AddMinutes(1)));
        Assert.Throws<ConflictException>(() => call.EnsureAcceptsApplications(closedAt.AddMinutes(1)));
        Assert.Throws<ConflictException>(() => call.CloseEarly(closedAt.AddMinutes(1)));
        Assert.Throws<ConflictException>(() => call.Edit(Details(Opens, Closes), closedAt));
    }

    [Fact]
    public void A_draft_takes_no_application_cannot_be_closed_and_its_edits_raise_nothing()
    {
        var call = Call.Create(Details(Opens, Closes), Opens.AddDays(-3));
        Assert.Throws<NotFoundException>(() => call.EnsureAcceptsApplications(Opens.AddDays(1)));
        Assert.Throws<ConflictException>(() => call.CloseEarly(Opens));
        Assert.Null(call.Edit(Details(Opens, Closes.AddDays(7)), Opens));

        call.Publish(Opens);
        var updated = call.Edit(Details(Opens, Closes.AddDays(7)), Opens.AddDays(1));
        Assert.Equal(Closes.AddDays(7), updated!.ClosesAt);
        Assert.Throws<ConflictException>(() => call.Publish(Opens.AddDays(1)));
    }

    [Fact]
    public void Reaching_the_deadline_closes_the_call_once()
    {
        var call = PublishedCall();
        Assert.Null(call.CloseAtDeadline(Closes.AddTicks(-1)));
        var closed = call.CloseAtDeadline(Closes.AddHours(2));
        Assert.Equal(Closes, closed!.ClosedAt);
        Assert.Equal(CallStatus.Closed, call.Status);
        Assert.Null(call.CloseAtDeadline(Closes.AddDays(1)));
    }
}
