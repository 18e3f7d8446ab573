BEGIN TRANSACTION;
ALTER TABLE "members" ADD "Departure" TEXT NULL;

CREATE TABLE "erased_applications" (
    "ApplicationId" TEXT NOT NULL CONSTRAINT "PK_erased_applications" PRIMARY KEY,
    "ErasedAt" INTEGER NOT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202337_DeparturesAndErasures', '10.0.15');

COMMIT;

