BEGIN TRANSACTION;
CREATE TABLE "access_tokens" (
    "TokenHash" TEXT NOT NULL CONSTRAINT "PK_access_tokens" PRIMARY KEY,
    "ApplicationId" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_access_tokens_applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "applications" ("Id") ON DELETE CASCADE
);

CREATE TABLE "lost_link_requests" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_lost_link_requests" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_access_tokens_ApplicationId" ON "access_tokens" ("ApplicationId");

CREATE INDEX "IX_lost_link_requests_RequestedAt" ON "lost_link_requests" ("RequestedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261201204654_LostLinksAlongside', '10.0.15');

COMMIT;

