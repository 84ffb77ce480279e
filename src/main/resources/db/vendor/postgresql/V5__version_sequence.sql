-- Nudge schema, version 5: every written application version comes from one sequence, so no two
-- writes ever store the same version, even of an id deleted and created again (or replaced by an
-- import): a desktop holding the old record's version can then never save over the new one.
-- The rows stored so far are numbered from it, so the sequence is past all of them.
-- (The same as db/vendor/h2 but for the sequence call: PostgreSQL has no NEXT VALUE FOR.)
CREATE SEQUENCE application_version START WITH 1;
UPDATE application SET version = nextval('application_version');
