-- Nudge schema, version 4: each application carries a version, raised by every stored change, so
-- that on a server shared by several computers a change based on an older version is refused
-- instead of silently overwriting the newer one (optimistic locking; ApplicationRepository).
ALTER TABLE application ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
