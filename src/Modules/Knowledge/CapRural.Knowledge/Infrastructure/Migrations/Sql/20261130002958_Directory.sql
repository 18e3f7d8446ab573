BEGIN TRANSACTION;
CREATE TABLE "members" (
    "ApplicationId" TEXT NOT NULL CONSTRAINT "PK_members" PRIMARY KEY,
    "CandidateId" TEXT NOT NULL,
    "CallId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Organisation" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "DepartmentCode" TEXT NOT NULL,
    "EpciName" TEXT NULL,
    "Topics" TEXT NOT NULL,
    "TopicKeys" TEXT NOT NULL,
    "ListedInDirectory" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_members_ListedInDirectory_Name" ON "members" ("ListedInDirectory", "Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130002958_Directory', '10.0.15');

COMMIT;

