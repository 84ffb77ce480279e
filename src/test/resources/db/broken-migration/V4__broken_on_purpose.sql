-- A migration that fails half way, to test that a failed update is recoverable:
-- the first statement succeeds (H2 has no transactional DDL), the second one fails.
CREATE TABLE half_done (id INT PRIMARY KEY);
ALTER TABLE no_such_table ADD COLUMN x INT;
