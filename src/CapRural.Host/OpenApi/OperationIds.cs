namespace CapRural.Host.OpenApi;

/// <summary>
/// One stable, camelCase <c>operationId</c> per operation, kept in one place: generated clients name
/// their methods after these (<c>createCall</c>, <c>decideCandidate</c>), so renaming one breaks every
/// client. An endpoint can also name itself with <c>.WithName("…")</c>; the contract test fails for an
/// operation that has neither, and the committed list in the tests pins the ones that exist.
/// </summary>
internal static class OperationIds
{
    private static readonly Dictionary<string, string> ByRoute = new(StringComparer.OrdinalIgnoreCase)
    {
        // Calls and applications
        ["POST /api/calls"] = "createCall",
        ["GET /api/calls"] = "listCalls",
        ["GET /api/calls/{callId}"] = "getCall",
        ["PUT /api/calls/{callId}"] = "editCall",
        ["DELETE /api/calls/{callId}"] = "deleteCall",
        ["POST /api/calls/{callId}/publish"] = "publishCall",
        ["POST /api/calls/{callId}/close"] = "closeCall",
        ["POST /api/calls/{callId}/applications"] = "submitApplication",
        ["GET /api/calls/{callId}/applications"] = "listApplications",
        ["GET /api/calls/{callId}/applications.csv"] = "exportApplications",
        ["POST /api/applications/lost-link"] = "requestLostLink",
        ["GET /api/applications/{applicationId}"] = "getApplication",
        ["PUT /api/applications/{applicationId}"] = "correctApplication",
        ["DELETE /api/applications/{applicationId}"] = "eraseApplication",
        ["POST /api/applications/{applicationId}/withdraw"] = "withdrawApplication",
        ["GET /api/applications/{applicationId}/personal-data"] = "exportPersonalData",
        ["GET /api/retention/schedule"] = "getRetentionSchedule",

        // Selection
        ["GET /api/calls/{callId}/candidates"] = "getCandidateBoard",
        ["GET /api/calls/{callId}/candidates.csv"] = "exportCandidateBoard",
        ["GET /api/calls/{callId}/candidates/{candidateId}"] = "getCandidate",
        ["PUT /api/calls/{callId}/candidates/{candidateId}/redactions"] = "redactCandidate",
        ["POST /api/calls/{callId}/candidates/{candidateId}/reviews"] = "submitReview",
        ["PUT /api/calls/{callId}/reviewers/{apiKeyId}"] = "assignReviewer",
        ["DELETE /api/calls/{callId}/reviewers/{apiKeyId}"] = "unassignReviewer",
        ["GET /api/calls/{callId}/reviewers"] = "listReviewers",
        ["PUT /api/calls/{callId}/selection/settings"] = "changeReviewSettings",
        ["PUT /api/calls/{callId}/selection/criteria"] = "setCriteria",
        ["POST /api/calls/{callId}/organisations"] = "groupOrganisations",
        ["POST /api/calls/{callId}/selection/proposal"] = "proposeGroup",
        ["GET /api/calls/{callId}/selection/record"] = "getSelectionRecord",
        ["POST /api/calls/{callId}/selection/record/replay"] = "replaySelectionRecord",
        ["PUT /api/calls/{callId}/candidates/{candidateId}/decision"] = "decideCandidate",
        ["POST /api/calls/{callId}/selection/publish"] = "publishSelection",
        ["POST /api/calls/{callId}/selection/offers"] = "offerPlace",
        ["POST /api/selection/confirmations/{token}"] = "respondToOffer",
        ["POST /api/selection/confirmation-link"] = "requestConfirmationLink",

        // Meetings
        ["GET /api/groups"] = "listGroups",
        ["GET /api/groups/{groupId}"] = "getGroup",
        ["GET /api/groups/{groupId}/report"] = "getCycleReport",
        ["GET /api/groups/{groupId}/report.md"] = "getCycleReportDocument",
        ["GET /api/groups/{groupId}/members"] = "listMembers",
        ["POST /api/groups/{groupId}/members/{memberId}/leave"] = "removeMember",
        ["DELETE /api/groups/{groupId}/members/{memberId}"] = "removeMemberFromGroup",
        ["POST /api/groups/{groupId}/leave"] = "leaveGroup",
        ["GET /api/me/personal-data"] = "exportMemberPersonalData",
        ["POST /api/venues"] = "createVenue",
        ["GET /api/venues"] = "listVenues",
        ["PUT /api/venues/{venueId}"] = "editVenue",
        ["DELETE /api/venues/{venueId}"] = "retireVenue",
        ["GET /api/groups/{groupId}/venue-suggestions"] = "suggestVenues",
        ["POST /api/groups/{groupId}/venue-plan"] = "planVenueSeries",
        ["POST /api/groups/{groupId}/meetings"] = "planMeeting",
        ["GET /api/groups/{groupId}/meetings"] = "listMeetings",
        ["PATCH /api/meetings/{meetingId}"] = "changeMeeting",
        ["GET /api/meetings/{meetingId}.ics"] = "getMeetingCalendar",
        ["GET /api/meetings/{meetingId}"] = "getMeeting",
        ["GET /api/meetings/{meetingId}/replies"] = "listReplies",
        ["GET /api/meetings/{meetingId}/replies.csv"] = "exportReplies",
        ["GET /api/me"] = "getMemberSpace",
        ["POST /api/meetings/{meetingId}/rsvp"] = "answerInvitation",
        ["PUT /api/meetings/{meetingId}/minutes"] = "recordMinutes",
        ["PUT /api/meetings/{meetingId}/attendance"] = "recordAttendance",
        ["POST /api/groups/{groupId}/date-polls"] = "openDatePoll",
        ["GET /api/date-polls/{pollId}"] = "getDatePoll",
        ["GET /api/groups/{groupId}/date-polls"] = "listDatePolls",
        ["POST /api/date-polls/{pollId}/votes"] = "voteOnDatePoll",
        ["POST /api/date-polls/{pollId}/close"] = "closeDatePoll",
        ["POST /api/groups/{groupId}/calendar-link"] = "issueCalendarLink",
        ["GET /api/groups/{groupId}/calendar.ics"] = "getGroupCalendar",

        // Knowledge
        ["POST /api/method-sheets"] = "createMethodSheet",
        ["GET /api/method-sheets"] = "listMethodSheets",
        ["GET /api/method-sheets/{sheetId}"] = "getMethodSheet",
        ["PUT /api/method-sheets/{sheetId}"] = "editMethodSheet",
        ["POST /api/method-sheets/{sheetId}/submit"] = "submitMethodSheet",
        ["POST /api/method-sheets/{sheetId}/publish"] = "publishMethodSheet",
        ["POST /api/method-sheets/{sheetId}/archive"] = "archiveMethodSheet",
        ["GET /api/method-sheets/{sheetId}/revisions"] = "listRevisions",
        ["GET /api/public/method-sheets"] = "listPublicSheets",
        ["GET /api/public/method-sheets.atom"] = "getMethodSheetFeed",
        ["GET /api/public/method-sheets/archive.zip"] = "exportPublicSheets",
        ["GET /api/public/method-sheets/{slug}"] = "getPublicSheet",
        ["GET /api/public/directory"] = "listDirectory",
        ["GET /api/meeting-notes"] = "listMeetingNotes",
        ["POST /api/meeting-notes/{noteId}/draft-sheet"] = "draftSheetFromNote",
        ["POST /api/experience-reports"] = "submitExperienceReport",
        ["GET /api/experience-reports"] = "listExperienceReports",
        ["POST /api/experience-reports/{reportId}/accept"] = "acceptExperienceReport",
        ["POST /api/experience-reports/{reportId}/reject"] = "rejectExperienceReport",
        ["PUT /api/me/directory-consent"] = "changeDirectoryConsent",

        // Administration and reference data
        ["GET /api/admin/api-keys"] = "listApiKeys",
        ["POST /api/admin/api-keys"] = "createApiKey",
        ["DELETE /api/admin/api-keys/{apiKeyId}"] = "revokeApiKey",
        ["GET /api/admin/outbox"] = "getOutbox",
        ["POST /api/admin/outbox/{module}/{messageId}/retry"] = "retryOutboxMessage",
        ["GET /api/territories/communes"] = "searchCommunes",
        ["GET /api/territories/communes/{code}"] = "getCommune",
    };

    /// <summary>The operation's id, or null when neither the endpoint nor this list names it.</summary>
    public static string? For(string method, string path, string? endpointName) =>
        endpointName ?? ByRoute.GetValueOrDefault($"{method} {path}");

    public static string Fallback(string method, string path) =>
        method.ToLowerInvariant() + string.Concat(path.Split('/', '{', '}', '.', '-')
            .Where(part => part.Length > 0)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
