BEGIN TRANSACTION;
ALTER TABLE "outbox" RENAME COLUMN "Type" TO "Name";

ALTER TABLE "outbox" ADD "SubjectId" TEXT NULL;

ALTER TABLE "outbox" ADD "TraceId" TEXT NULL;

ALTER TABLE "outbox" ADD "Sequence" INTEGER NOT NULL DEFAULT 0;

UPDATE outbox SET Name = 'email.v1' WHERE Name = 'EmailMessage';

UPDATE outbox SET Name = 'selection.candidate-accepted.v2', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Selection.Contracts.CandidateAccepted,%';

UPDATE outbox SET Name = 'selection.candidate-waitlisted.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Selection.Contracts.CandidateWaitlisted,%';

UPDATE outbox SET Name = 'selection.candidate-declined.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Selection.Contracts.CandidateDeclined,%';

UPDATE outbox SET Name = 'selection.participant-confirmed.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Selection.Contracts.ParticipantConfirmed,%';

UPDATE outbox SET Name = 'selection.participant-declined.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Selection.Contracts.ParticipantDeclined,%';

CREATE INDEX "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence" ON "outbox" ("SubjectId", "ProcessedAt", "CreatedAt", "Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201200053_MessageSubjects', '10.0.15');

COMMIT;

