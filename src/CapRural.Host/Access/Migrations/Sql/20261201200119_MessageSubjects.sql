BEGIN TRANSACTION;
ALTER TABLE "outbox" RENAME COLUMN "Type" TO "Name";

ALTER TABLE "outbox" ADD "SubjectId" TEXT NULL;

ALTER TABLE "outbox" ADD "TraceId" TEXT NULL;

ALTER TABLE "outbox" ADD "Sequence" INTEGER NOT NULL DEFAULT 0;

UPDATE outbox SET Name = 'email.v1' WHERE Name = 'EmailMessage';

CREATE INDEX "IX_outbox_SubjectId_ProcessedAt_CreatedAt_Sequence" ON "outbox" ("SubjectId", "ProcessedAt", "CreatedAt", "Sequence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201200119_MessageSubjects', '10.0.15');

COMMIT;

