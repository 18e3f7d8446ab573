BEGIN TRANSACTION;
DROP INDEX "IX_applications_CallId_EmailKey";

DROP INDEX "IX_applications_EmailKey";

CREATE UNIQUE INDEX "IX_applications_EmailKey_CallId" ON "applications" ("EmailKey", "CallId") WHERE "Status" = 'Submitted';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203133421_AddressIndex', '10.0.15');

COMMIT;

