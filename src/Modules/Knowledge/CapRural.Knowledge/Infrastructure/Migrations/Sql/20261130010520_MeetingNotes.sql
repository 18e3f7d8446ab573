BEGIN TRANSACTION;
CREATE TABLE "meeting_notes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_meeting_notes" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    "GroupName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "StartsAtUtc" INTEGER NOT NULL,
    "Minutes" TEXT NOT NULL,
    "Themes" TEXT NOT NULL,
    "AttendeeCount" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "SheetId" TEXT NULL,
    "MinutesAt" INTEGER NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "Version" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_meeting_notes_MeetingId" ON "meeting_notes" ("MeetingId");

CREATE INDEX "IX_meeting_notes_Status_StartsAtUtc" ON "meeting_notes" ("Status", "StartsAtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130010520_MeetingNotes', '10.0.15');

COMMIT;

