CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "calls" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_calls" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "WorkingGroupName" TEXT NOT NULL,
    "TargetGroupSize" INTEGER NOT NULL,
    "Criteria" TEXT NOT NULL,
    "BlindReview" INTEGER NOT NULL,
    "PublishedAt" INTEGER NULL,
    "MaxPerDepartment" INTEGER NULL,
    "MaxPerOrganisation" INTEGER NOT NULL,
    "MinSectorShare" REAL NOT NULL
);

CREATE TABLE "candidates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_candidates" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "CallId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "FirstName" TEXT NOT NULL,
    "LastName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Organisation" TEXT NOT NULL,
    "OrganisationType" TEXT NOT NULL,
    "JobTitle" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "CommuneCode" TEXT NOT NULL,
    "CommuneName" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "EpciSiren" TEXT NULL,
    "EpciName" TEXT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "LocationPrecision" TEXT NOT NULL,
    "Motivation" TEXT NOT NULL,
    "Expectations" TEXT NULL,
    "Topics" TEXT NOT NULL,
    "ConsentToDirectory" INTEGER NOT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "Decision" TEXT NULL,
    "PublishedDecision" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "ConfirmationTokenHash" TEXT NULL,
    "Response" TEXT NULL,
    "SuggestedReplacementId" TEXT NULL
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

CREATE TABLE "reviewer_assignments" (
    "CallId" TEXT NOT NULL,
    "ApiKeyId" TEXT NOT NULL,
    "AssignedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_reviewer_assignments" PRIMARY KEY ("CallId", "ApiKeyId")
);

CREATE TABLE "reviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_reviews" PRIMARY KEY,
    "CallId" TEXT NOT NULL,
    "CandidateId" TEXT NOT NULL,
    "ReviewerKeyId" TEXT NOT NULL,
    "Scores" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "Recused" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_reviews_candidates_CandidateId" FOREIGN KEY ("CandidateId") REFERENCES "candidates" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_candidates_ApplicationId" ON "candidates" ("ApplicationId");

CREATE INDEX "IX_candidates_CallId_Status" ON "candidates" ("CallId", "Status");

CREATE UNIQUE INDEX "IX_candidates_ConfirmationTokenHash" ON "candidates" ("ConfirmationTokenHash");

CREATE INDEX "IX_outbox_ProcessedAt_ParkedAt_NextAttemptAt" ON "outbox" ("ProcessedAt", "ParkedAt", "NextAttemptAt");

CREATE INDEX "IX_reviews_CallId" ON "reviews" ("CallId");

CREATE UNIQUE INDEX "IX_reviews_CandidateId_ReviewerKeyId" ON "reviews" ("CandidateId", "ReviewerKeyId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261129235713_Initial', '10.0.15');

COMMIT;

