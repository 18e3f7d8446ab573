CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "calls" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_calls" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "WorkingGroupName" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "OpensAt" INTEGER NOT NULL,
    "ClosesAt" INTEGER NOT NULL,
    "FirstMeetingOn" TEXT NOT NULL,
    "TargetGroupSize" INTEGER NOT NULL,
    "MeetingsPerYear" INTEGER NOT NULL,
    "Themes" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "ClosedAt" INTEGER NULL
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

CREATE TABLE "applications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_applications" PRIMARY KEY,
    "CallId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "EmailKey" TEXT NULL,
    "Phone" TEXT NULL,
    "Organisation" TEXT NOT NULL,
    "OrganisationType" TEXT NOT NULL,
    "JobTitle" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Motivation" TEXT NOT NULL,
    "Expectations" TEXT NULL,
    "Topics" TEXT NOT NULL,
    "PreferredFormat" TEXT NULL,
    "AvailableForFirstMeeting" INTEGER NULL,
    "ConsentToDirectory" INTEGER NOT NULL,
    "ConsentGivenAt" INTEGER NOT NULL,
    "SearchText" TEXT NOT NULL,
    "EditTokenHash" TEXT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "WithdrawnAt" INTEGER NULL,
    "ErasedAt" INTEGER NULL,
    "Place_CommuneCode" TEXT NOT NULL,
    "Place_CommuneName" TEXT NOT NULL,
    "Place_DepartmentCode" TEXT NOT NULL,
    "Place_DepartmentName" TEXT NOT NULL,
    "Place_EpciName" TEXT NULL,
    "Place_EpciSiren" TEXT NULL,
    "Place_Latitude" REAL NOT NULL,
    "Place_Longitude" REAL NOT NULL,
    "Place_Precision" TEXT NOT NULL,
    CONSTRAINT "FK_applications_calls_CallId" FOREIGN KEY ("CallId") REFERENCES "calls" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_applications_CallId_EmailKey" ON "applications" ("CallId", "EmailKey");

CREATE INDEX "IX_applications_CallId_Status_SubmittedAt" ON "applications" ("CallId", "Status", "SubmittedAt");

CREATE INDEX "IX_applications_EmailKey" ON "applications" ("EmailKey");

CREATE INDEX "IX_calls_Status_OpensAt" ON "calls" ("Status", "OpensAt");

CREATE INDEX "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt" ON "outbox" ("ProcessedAt", "ParkedAt", "NextAttemptAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129231502_Initial', '10.0.15');

COMMIT;

