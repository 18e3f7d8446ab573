BEGIN TRANSACTION;
ALTER TABLE "outbox" ADD "ClaimedBy" TEXT NULL;

ALTER TABLE "outbox" ADD "ClaimedUntil" INTEGER NULL;

CREATE INDEX "IX_outbox_ClaimedBy" ON "outbox" ("ClaimedBy");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202917_OutboxClaims', '10.0.15');

COMMIT;

