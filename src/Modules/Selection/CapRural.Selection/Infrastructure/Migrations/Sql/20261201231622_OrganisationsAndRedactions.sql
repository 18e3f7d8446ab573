BEGIN TRANSACTION;
ALTER TABLE "candidates" ADD "OrganisationGroup" TEXT NULL;

ALTER TABLE "candidates" ADD "OrganisationSiren" TEXT NULL;

ALTER TABLE "candidates" ADD "Redactions" TEXT NOT NULL DEFAULT '[]';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201231622_OrganisationsAndRedactions', '10.0.15');

COMMIT;

