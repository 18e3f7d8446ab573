BEGIN TRANSACTION;
CREATE TABLE "selection_records" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_selection_records" PRIMARY KEY,
    "CallId" TEXT NOT NULL,
    "AppliedAt" INTEGER NOT NULL,
    "SolverVersion" TEXT NOT NULL,
    "Constraints" TEXT NOT NULL,
    "Snapshot" TEXT NOT NULL,
    "SnapshotHash" TEXT NOT NULL,
    "Accepted" TEXT NOT NULL,
    "Waitlist" TEXT NOT NULL,
    "TotalScore" REAL NOT NULL
);

CREATE INDEX "IX_selection_records_CallId_AppliedAt" ON "selection_records" ("CallId", "AppliedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201233802_SelectionRecords', '10.0.15');

COMMIT;

