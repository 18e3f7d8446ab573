BEGIN TRANSACTION;
DROP INDEX "IX_applications_CallId_EmailKey";

ALTER TABLE "applications" ADD "Outcome" TEXT NULL;

ALTER TABLE "applications" ADD "OutcomeAt" INTEGER NULL;

ALTER TABLE "applications" ADD "RetentionFrom" INTEGER NULL;

ALTER TABLE "applications" ADD "RetentionReason" TEXT NULL;

ALTER TABLE "applications" ADD "Version" INTEGER NOT NULL DEFAULT 0;

CREATE UNIQUE INDEX "IX_applications_CallId_EmailKey" ON "applications" ("CallId", "EmailKey") WHERE "Status" = 'Submitted';

CREATE INDEX "IX_applications_RetentionReason_RetentionFrom" ON "applications" ("RetentionReason", "RetentionFrom");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202543_SelectionOutcomes', '10.0.15');

COMMIT;

