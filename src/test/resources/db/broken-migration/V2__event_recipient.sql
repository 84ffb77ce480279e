-- Nudge schema, version 2: a thank-you (sent or skipped) may name the one interviewer of a
-- panel it was for, so each person's note is marked on its own (R4). NULL: for everyone, as
-- every event recorded before this version.

ALTER TABLE event ADD COLUMN recipient VARCHAR;
