BEGIN TRANSACTION;
ALTER TABLE "candidates" ADD "DecidedManually" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "candidates" ADD "LapsedAt" INTEGER NULL;

ALTER TABLE "candidates" ADD "Phone" TEXT NULL;

ALTER TABLE "candidates" ADD "ResponseDueAt" INTEGER NULL;

ALTER TABLE "calls" ADD "ClosesAt" INTEGER NULL;

ALTER TABLE "calls" ADD "ConfirmationDays" INTEGER NOT NULL DEFAULT 10;

ALTER TABLE "calls" ADD "FirstMeetingOn" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201225641_ReviewersAndOfferDeadlines', '10.0.15');

COMMIT;

