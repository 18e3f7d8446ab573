CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "groups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_groups" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "MeetingsPerYear" INTEGER NOT NULL,
    "FirstMeetingOn" TEXT NOT NULL,
    "Themes" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
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

CREATE TABLE "venues" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_venues" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "CommuneName" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "Capacity" INTEGER NOT NULL,
    "Accessibility" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL
);

CREATE TABLE "members" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_members" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NOT NULL,
    "Organisation" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "CommuneName" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "Approximate" INTEGER NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "JoinedAt" INTEGER NOT NULL,
    "FeedTokenHash" TEXT NULL,
    CONSTRAINT "FK_members_groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "groups" ("Id") ON DELETE CASCADE
);

CREATE TABLE "meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_meetings" PRIMARY KEY,
    "GroupId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "StartsAt" INTEGER NOT NULL,
    "EndsAt" INTEGER NOT NULL,
    "Format" TEXT NOT NULL,
    "VenueId" TEXT NULL,
    "OnlineUrl" TEXT NULL,
    "Agenda" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Minutes" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_meetings_groups_GroupId" FOREIGN KEY ("GroupId") REFERENCES "groups" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_meetings_venues_VenueId" FOREIGN KEY ("VenueId") REFERENCES "venues" ("Id")
);

CREATE TABLE "rsvps" (
    "MeetingId" TEXT NOT NULL,
    "MemberId" TEXT NOT NULL,
    "Response" TEXT NOT NULL,
    "AnsweredAt" INTEGER NOT NULL,
    CONSTRAINT "PK_rsvps" PRIMARY KEY ("MeetingId", "MemberId"),
    CONSTRAINT "FK_rsvps_meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_rsvps_members_MemberId" FOREIGN KEY ("MemberId") REFERENCES "members" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_meetings_GroupId_StartsAt" ON "meetings" ("GroupId", "StartsAt");

CREATE INDEX "IX_meetings_VenueId" ON "meetings" ("VenueId");

CREATE UNIQUE INDEX "IX_members_ApplicationId" ON "members" ("ApplicationId");

CREATE UNIQUE INDEX "IX_members_FeedTokenHash" ON "members" ("FeedTokenHash");

CREATE INDEX "IX_members_GroupId" ON "members" ("GroupId");

CREATE UNIQUE INDEX "IX_members_TokenHash" ON "members" ("TokenHash");

CREATE INDEX "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt" ON "outbox" ("ProcessedAt", "ParkedAt", "NextAttemptAt");

CREATE INDEX "IX_rsvps_MemberId" ON "rsvps" ("MemberId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130005650_Initial', '10.0.15');

COMMIT;

