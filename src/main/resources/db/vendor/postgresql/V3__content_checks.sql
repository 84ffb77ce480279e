-- Nudge schema, version 3, on PostgreSQL: the check values of the H2 version (see db/vendor/h2).
-- A round's end keeps microseconds here, as everywhere in Nudge (InterviewRound), so no column
-- change is needed: PostgreSQL's TIMESTAMP already keeps them.
ALTER TABLE application ADD COLUMN content_check BIGINT;
ALTER TABLE setting ADD COLUMN content_check BIGINT;
