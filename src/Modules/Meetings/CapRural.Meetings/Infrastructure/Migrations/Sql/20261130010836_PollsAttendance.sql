BEGIN TRANSACTION;
ALTER TABLE "members" ADD "LeftAt" INTEGER NULL;

ALTER TABLE "meetings" ADD "AttendanceRecordedAt" INTEGER NULL;

ALTER TABLE "meetings" ADD "Present" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "meetings" ADD "RemindedAt" INTEGER NULL;

CREATE TABLE "date_polls" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_date_polls" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Options" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ChosenOptionId" TEXT NULL,
    "MeetingId" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ClosedAt" INTEGER NULL,
    CONSTRAINT "FK_date_polls_groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "groups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "poll_votes" (
    "PollId" TEXT NOT NULL,
    "OptionId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Availability" TEXT NOT NULL,
    "VotedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_poll_votes" PRIMARY KEY ("PollId", "OptionId", "MemberId"),
    CONSTRAINT "FK_poll_votes_date_polls_PollId" FOREIGN KEY ("PollId") REFERENCES "date_polls" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_poll_votes_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_date_polls_GroupId" ON "date_polls" ("GroupId");

CREATE INDEX "IX_poll_votes_MemberId" ON "poll_votes" ("MemberId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130010836_PollsAttendance', '10.0.15');

COMMIT;

