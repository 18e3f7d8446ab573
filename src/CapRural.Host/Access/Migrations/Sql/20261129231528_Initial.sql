CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "api_keys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_api_keys" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "KeyHash" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL
);

CREATE TABLE "inbox" (
    "EventId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "HandledAt" INTEGER NOT NULL,
    CONSTRAINT "PK_inbox" PRIMARY KEY ("EventId", "Consumer")
);

CREATE TABLE "outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_outbox" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Payload" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "ProcessedAt" INTEGER NULL,
    "ParkedAt" INTEGER NULL
);

CREATE UNIQUE INDEX "IX_api_keys_KeyHash" ON "api_keys" ("KeyHash");

CREATE INDEX "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt" ON "outbox" ("ProcessedAt", "ParkedAt", "NextAttemptAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129231528_Initial', '10.0.15');

COMMIT;

