BEGIN TRANSACTION;
ALTER TABLE "public_method_sheets" ADD "Kind" TEXT NOT NULL DEFAULT 'MethodSheet';

ALTER TABLE "method_sheets" ADD "Kind" TEXT NOT NULL DEFAULT 'MethodSheet';

CREATE TABLE "experience_reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_experience_reports" PRIMARY KEY,
    "MemberId" TEXT NOT NULL,
    "ApplicationId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    "AuthorName" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Themes" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "RejectionReason" TEXT NULL,
    "SheetId" TEXT NULL,
    "SubmittedAt" INTEGER NOT NULL,
    "DecidedAt" INTEGER NULL,
    "Version" TEXT NOT NULL
);

CREATE TABLE "member_tokens" (
    "MemberId" TEXT NOT NULL CONSTRAINT "PK_member_tokens" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "GroupId" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL
);

CREATE INDEX "IX_experience_reports_ApplicationId" ON "experience_reports" ("ApplicationId");

CREATE INDEX "IX_experience_reports_Status_SubmittedAt" ON "experience_reports" ("Status", "SubmittedAt");

CREATE INDEX "IX_member_tokens_ApplicationId" ON "member_tokens" ("ApplicationId");

CREATE UNIQUE INDEX "IX_member_tokens_TokenHash" ON "member_tokens" ("TokenHash");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130013140_MemberTokens', '10.0.15');

COMMIT;

