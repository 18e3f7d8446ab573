BEGIN TRANSACTION;
ALTER TABLE "outbox" RENAME COLUMN "Type" TO "Name";

ALTER TABLE "outbox" ADD "SubjectId" TEXT NULL;

ALTER TABLE "outbox" ADD "TraceId" TEXT NULL;

ALTER TABLE "outbox" ADD "Sequence" INTEGER NOT NULL DEFAULT 0;

UPDATE outbox SET Name = 'email.v1' WHERE Name = 'EmailMessage';

UPDATE outbox SET Name = 'meetings.meeting-planned.v1', SubjectId = upper(json_extract(Payload, '$.meetingId')) WHERE Name LIKE 'CapRural.Meetings.Contracts.MeetingPlanned,%';

UPDATE outbox SET Name = 'meetings.meeting-changed.v1', SubjectId = upper(json_extract(Payload, '$.meetingId')) WHERE Name LIKE 'CapRural.Meetings.Contracts.MeetingChanged,%';

UPDATE outbox SET Name = 'meetings.meeting-held.v1', SubjectId = upper(json_extract(Payload, '$.meetingId')) WHERE Name LIKE 'CapRural.Meetings.Contracts.MeetingHeld,%';

UPDATE outbox SET Name = 'meetings.member-joined.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Meetings.Contracts.MemberJoined,%';

UPDATE outbox SET Name = 'meetings.member-left.v2', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Meetings.Contracts.MemberLeft,%';

CREATE INDEX "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence" ON "outbox" ("SubjectId", "ProcessedAt", "CreatedAt", "Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201200103_MessageSubjects', '10.0.15');

COMMIT;

