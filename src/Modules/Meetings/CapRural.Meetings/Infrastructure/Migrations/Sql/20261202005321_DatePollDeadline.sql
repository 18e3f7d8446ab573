BEGIN TRANSACTION;
ALTER TABLE "date_polls" ADD "ClosesAt" INTEGER NULL;

ALTER TABLE "date_polls" ADD "DeadlineRemindedAt" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202005321_DatePollDeadline', '10.0.15');

COMMIT;

