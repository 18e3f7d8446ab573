BEGIN TRANSACTION;
ALTER TABLE "applications" ADD "Siren" TEXT NULL;

ALTER TABLE "applications" ADD "Siret" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201231329_OrganisationNumbers', '10.0.15');

COMMIT;

