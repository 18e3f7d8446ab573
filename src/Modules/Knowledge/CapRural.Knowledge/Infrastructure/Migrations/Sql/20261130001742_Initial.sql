CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "inbox" (
    "EventId" TEXT NOT NULL,
    "Consumer" TEXT NOT NULL,
    "HandledAt" INTEGER NOT NULL,
    CONSTRAINT "PK_inbox" PRIMARY KEY ("EventId", "Consumer")
);

CREATE TABLE "method_sheets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_method_sheets" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Themes" TEXT NOT NULL,
    "Authors" TEXT NOT NULL,
    "Licence" TEXT NOT NULL,
    "SourceMeetingId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PublishedRevision" INTEGER NOT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "EditedAt" INTEGER NOT NULL,
    "FirstPublishedAt" INTEGER NULL,
    "ArchivedAt" INTEGER NULL
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

CREATE TABLE "method_sheet_revisions" (
    "SheetId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "Slug" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Themes" TEXT NOT NULL,
    "Authors" TEXT NOT NULL,
    "Licence" TEXT NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_method_sheet_revisions" PRIMARY KEY ("SheetId", "Number"),
    CONSTRAINT "FK_method_sheet_revisions_method_sheets_SheetId" FOREIGN KEY ("SheetId") REFERENCES "method_sheets" ("Id") ON DELETE CASCADE
);

CREATE TABLE "public_method_sheets" (
    "SheetId" TEXT NOT NULL CONSTRAINT "PK_public_method_sheets" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Html" TEXT NOT NULL,
    "Themes" TEXT NOT NULL,
    "ThemeKeys" TEXT NOT NULL,
    "Authors" TEXT NOT NULL,
    "Licence" TEXT NOT NULL,
    "SearchText" TEXT NOT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Deleted" INTEGER NOT NULL,
    CONSTRAINT "FK_public_method_sheets_method_sheets_SheetId" FOREIGN KEY ("SheetId") REFERENCES "method_sheets" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_method_sheets_Slug" ON "method_sheets" ("Slug");

CREATE INDEX "IX_method_sheets_Status_EditedAt" ON "method_sheets" ("Status", "EditedAt");

CREATE INDEX "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt" ON "outbox" ("ProcessedAt", "ParkedAt", "NextAttemptAt");

CREATE INDEX "IX_public_method_sheets_Deleted_UpdatedAt_SheetId" ON "public_method_sheets" ("Deleted", "UpdatedAt", "SheetId");

CREATE UNIQUE INDEX "IX_public_method_sheets_Slug" ON "public_method_sheets" ("Slug");

CREATE INDEX "IX_public_method_sheets_UpdatedAt_SheetId" ON "public_method_sheets" ("UpdatedAt", "SheetId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130001742_Initial', '10.0.15');

COMMIT;

