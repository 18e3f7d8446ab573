BEGIN TRANSACTION;
CREATE TABLE "job_runs" (
    "Name" TEXT NOT NULL CONSTRAINT "PK_job_runs" PRIMARY KEY,
    "NextRunAt" INTEGER NOT NULL,
    "LastRunAt" INTEGER NULL,
    "LastRunBy" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201230746_JobTurns', '10.0.15');

COMMIT;

