-- Nudge schema, version 6: each application may name the language its drafts are written in
-- ("de", "fr", ...: the ISO 639-1 code of app.nudge.domain.Language). NULL: the user's language,
-- looked up when a draft is written (so it follows the user's later changes), as for every row
-- stored before this version. Plain SQL both H2 and PostgreSQL take, so it is shared.
ALTER TABLE application ADD COLUMN message_language VARCHAR(8);
