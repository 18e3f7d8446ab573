BEGIN TRANSACTION;
ALTER TABLE "public_method_sheets" ADD "Amendments" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "members" ADD "ApplicationConsent" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "members" ADD "Email" TEXT NOT NULL DEFAULT '';

ALTER TABLE "members" ADD "Erased" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "members" ADD "HasProfile" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "members" ADD "LeftAt" INTEGER NULL;

ALTER TABLE "members" ADD "OwnDirectoryChoice" INTEGER NULL;

ALTER TABLE "experience_reports" ADD "PublishAuthorName" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "experience_reports" ADD "PublishedAuthor" TEXT NULL;

UPDATE members SET ApplicationConsent = ListedInDirectory, HasProfile = 1;

UPDATE experience_reports SET PublishedAuthor = substr(AuthorName, 1, 120) WHERE Status = 'Accepted' AND AuthorName <> '';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201202644_MemberLifecycle', '10.0.15');

COMMIT;

