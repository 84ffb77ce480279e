-- Nudge schema, version 3: a check value Nudge computes itself (ContentChecksum) over everything
-- stored about an application (its row, contacts, rounds, round interviewers and events) and over
-- each setting, compared on every read. H2 keeps no checksum of page contents, so a flipped bit
-- inside a stored text would otherwise read as a different text. Rows stored before this version
-- get their checks right after the migration, in Java, on the same copy of the file
-- (ContentCheckFill): a kill leaves the old file or the whole new one. NULL is never valid after that.
ALTER TABLE application ADD COLUMN content_check BIGINT;
ALTER TABLE setting ADD COLUMN content_check BIGINT;

-- A round's end is read back exactly as it was written (to the nanosecond), or its check would
-- not match: TIMESTAMP alone keeps microseconds.
ALTER TABLE interview_round ALTER COLUMN ended_at SET DATA TYPE TIMESTAMP(9);
