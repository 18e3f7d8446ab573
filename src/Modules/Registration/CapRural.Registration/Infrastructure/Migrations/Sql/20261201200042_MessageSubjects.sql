BEGIN TRANSACTION;
ALTER TABLE "outbox" RENAME COLUMN "Type" TO "Name";

ALTER TABLE "outbox" ADD "SubjectId" TEXT NULL;

ALTER TABLE "outbox" ADD "TraceId" TEXT NULL;

ALTER TABLE "outbox" ADD "Sequence" INTEGER NOT NULL DEFAULT 0;

UPDATE outbox SET Name = 'email.v1' WHERE Name = 'EmailMessage';

UPDATE outbox SET Name = 'registration.application-submitted.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Registration.Contracts.ApplicationSubmitted,%';

UPDATE outbox SET Name = 'registration.application-updated.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Registration.Contracts.ApplicationUpdated,%';

UPDATE outbox SET Name = 'registration.application-withdrawn.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Registration.Contracts.ApplicationWithdrawn,%';

UPDATE outbox SET Name = 'registration.applicant-data-erased.v1', SubjectId = upper(json_extract(Payload, '$.applicationId')) WHERE Name LIKE 'CapRural.Registration.Contracts.ApplicantDataErased,%';

UPDATE outbox SET Name = 'registration.call-opened.v1', SubjectId = upper(json_extract(Payload, '$.callId')) WHERE Name LIKE 'CapRural.Registration.Contracts.CallOpened,%';

UPDATE outbox SET Name = 'registration.call-updated.v1', SubjectId = upper(json_extract(Payload, '$.callId')) WHERE Name LIKE 'CapRural.Registration.Contracts.CallUpdated,%';

UPDATE outbox SET Name = 'registration.call-closed.v1', SubjectId = upper(json_extract(Payload, '$.callId')) WHERE Name LIKE 'CapRural.Registration.Contracts.CallClosed,%';

CREATE INDEX "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence" ON "outbox" ("SubjectId", "ProcessedAt", "CreatedAt", "Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201200042_MessageSubjects', '10.0.15');

COMMIT;

