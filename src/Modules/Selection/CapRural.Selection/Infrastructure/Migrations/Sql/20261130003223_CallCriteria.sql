BEGIN TRANSACTION;
ALTER TABLE "calls" ADD "GroupSize" INTEGER NULL;

ALTER TABLE "calls" ADD "Version" INTEGER NOT NULL DEFAULT 0;

UPDATE calls SET Criteria = (
    SELECT json_group_array(json_object('key', value, 'label', CASE value
        WHEN 'motivation' THEN 'Motivation'
        WHEN 'experience' THEN 'Expérience en lien avec le thème'
        WHEN 'contribution' THEN 'Capacité à partager et à contribuer'
        WHEN 'territorialAnchoring' THEN 'Ancrage territorial rural'
        ELSE value END))
    FROM json_each(calls.Criteria))
WHERE json_type(Criteria, '$[0]') = 'text';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261130003223_CallCriteria', '10.0.15');

COMMIT;

