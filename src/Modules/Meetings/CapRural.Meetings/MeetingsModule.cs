using CapRural.BuildingBlocks.Messaging;
using CapRural.BuildingBlocks.Modules;
using CapRural.BuildingBlocks.Outbox;
using CapRural.BuildingBlocks.Persistence;
using CapRural.Meetings.Contracts;
using CapRural.Meetings.Demo;
using CapRural.Meetings.Features.AnswerInvitation;
using CapRural.Meetings.Features.ChangeMeeting;
using CapRural.Meetings.Features.CloseDatePoll;
using CapRural.Meetings.Features.CreateVenue;
using CapRural.Meetings.Features.EditVenue;
using CapRural.Meetings.Features.ExportMemberData;
using CapRural.Meetings.Features.ExportReplies;
using CapRural.Meetings.Features.GetCycleReport;
using CapRural.Meetings.Features.GetDatePoll;
using CapRural.Meetings.Features.GetGroup;
using CapRural.Meetings.Features.GetGroupCalendar;
using CapRural.Meetings.Features.GetMeeting;
using CapRural.Meetings.Features.GetMeetingCalendar;
using CapRural.Meetings.Features.GetMemberSpace;
using CapRural.Meetings.Features.IssueCalendarLink;
using CapRural.Meetings.Features.LeaveGroup;
using CapRural.Meetings.Features.ListDatePolls;
using CapRural.Meetings.Features.ListGroups;
using CapRural.Meetings.Features.ListMeetings;
using CapRural.Meetings.Features.ListMembers;
using CapRural.Meetings.Features.ListReplies;
using CapRural.Meetings.Features.ListVenues;
using CapRural.Meetings.Features.OpenDatePoll;
using CapRural.Meetings.Features.PlanMeeting;
using CapRural.Meetings.Features.PlanVenueSeries;
using CapRural.Meetings.Features.RecordAttendance;
using CapRural.Meetings.Features.RecordMinutes;
using CapRural.Meetings.Features.RemindPollDeadlines;
using CapRural.Meetings.Features.RemoveMember;
using CapRural.Meetings.Features.RetireVenue;
using CapRural.Meetings.Features.SendMeetingReminders;
using CapRural.Meetings.Features.SuggestVenues;
using CapRural.Meetings.Features.VoteOnDatePoll;
using CapRural.Meetings.Infrastructure;
using CapRural.Meetings.Infrastructure.PostgreSql;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CapRural.Meetings;

/// <summary>Working groups and their roster, venues and the most central one, meetings, invitations and replies.</summary>
public sealed class MeetingsModule : IModule
{
    public string Name => "meetings";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<MeetingsDbContext, MeetingsPostgreSqlDbContext>(Name).AddEventContracts<MeetingPlanned>();
        services.AddOptions<MeetingsOptions>().BindConfiguration(MeetingsOptions.Section);
        services.AddPeriodicCommand("meetings.reminders", "Sending meeting reminders", TimeSpan.FromMinutes(5),
            async (mediator, ct) => await mediator.Send(new SendMeetingReminders(), ct));
        services.AddPeriodicCommand("meetings.poll-deadline-reminders", "Reminding members who have not voted the day before a date poll closes",
            TimeSpan.FromMinutes(15), async (mediator, ct) => await mediator.Send(new RemindPollDeadlines(), ct));
        services.AddSingleton<IDemoSeeder, MeetingsDemoSeeder>();
        services.AddValidatorsFromAssemblyContaining<MeetingsModule>(ServiceLifetime.Singleton, includeInternalTypes: true);
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("Réunions");
        ListGroupsEndpoint.Map(api);
        GetGroupEndpoint.Map(api);
        GetCycleReportEndpoint.Map(api);
        ListMembersEndpoint.Map(api);
        LeaveGroupEndpoint.Map(api);
        RemoveMemberEndpoint.Map(api);
        ExportMemberDataEndpoint.Map(api);
        CreateVenueEndpoint.Map(api);
        ListVenuesEndpoint.Map(api);
        EditVenueEndpoint.Map(api);
        RetireVenueEndpoint.Map(api);
        SuggestVenuesEndpoint.Map(api);
        PlanVenueSeriesEndpoint.Map(api);
        PlanMeetingEndpoint.Map(api);
        ListMeetingsEndpoint.Map(api);
        GetMeetingEndpoint.Map(api);
        ChangeMeetingEndpoint.Map(api);
        ListRepliesEndpoint.Map(api);
        ExportRepliesEndpoint.Map(api);
        GetMemberSpaceEndpoint.Map(api);
        GetMeetingCalendarEndpoint.Map(api);
        AnswerInvitationEndpoint.Map(api);
        RecordMinutesEndpoint.Map(api);
        RecordAttendanceEndpoint.Map(api);
        OpenDatePollEndpoint.Map(api);
        GetDatePollEndpoint.Map(api);
        ListDatePollsEndpoint.Map(api);
        VoteOnDatePollEndpoint.Map(api);
        CloseDatePollEndpoint.Map(api);
        IssueCalendarLinkEndpoint.Map(api);
        GetGroupCalendarEndpoint.Map(api);
    }
}
