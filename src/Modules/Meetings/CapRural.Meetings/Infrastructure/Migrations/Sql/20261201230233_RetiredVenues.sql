BEGIN TRANSACTION;
ALTER TABLE "venues" ADD "RetiredAt" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201230233_RetiredVenues', '10.0.15');

COMMIT;

