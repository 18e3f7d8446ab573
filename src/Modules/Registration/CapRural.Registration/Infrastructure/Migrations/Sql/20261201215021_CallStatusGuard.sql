BEGIN TRANSACTION;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201215021_CallStatusGuard', '10.0.15');

COMMIT;

