BEGIN TRANSACTION;
CREATE TABLE "produced_sheets" (
    "SheetId" TEXT NOT NULL CONSTRAINT "PK_produced_sheets" PRIMARY KEY,
    "SourceMeetingId" TEXT NULL,
    "Title" TEXT NOT NULL,
    "FirstPublishedAt" INTEGER NULL,
    "ArchivedAt" INTEGER NULL
);

CREATE INDEX "IX_produced_sheets_SourceMeetingId" ON "produced_sheets" ("SourceMeetingId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202015412_ProducedSheets', '10.0.15');

COMMIT;

