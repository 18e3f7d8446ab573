BEGIN TRANSACTION;
ALTER TABLE "candidates" ADD "DecidedAt" INTEGER NULL;

ALTER TABLE "candidates" ADD "NotifiedAt" INTEGER NULL;

ALTER TABLE "candidates" ADD "RespondedAt" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202325_PlaceGivenUp', '10.0.15');

COMMIT;

