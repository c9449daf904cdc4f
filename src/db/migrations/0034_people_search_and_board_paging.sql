-- Finding a scheme's people by name, and the lone-working team board a page at a time, so neither
-- reads the whole team or every open visit on each request.

-- Each word of each person's name, lower-cased, for "starts with" searches by any word (first name,
-- family name, either part of a double-barrelled name): a range on `word` in the "C" collation is a
-- plain comparison the primary key's index answers. A word is a run of letters and digits, and each
-- space-separated part is also kept whole without its punctuation, so "O'Brien" is found by "obrien"
-- and "Smith-Jones" by "smith", "jones" and "smithjones". Written only by the trigger below, as the
-- owner, in the transaction that writes the name.
CREATE TABLE user_name_words (
  word text COLLATE "C" NOT NULL,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (word, user_id)
);
CREATE INDEX user_name_words_user_idx ON user_name_words (user_id);
GRANT SELECT ON user_name_words TO linkwork_app;

CREATE FUNCTION user_name_words_of(name text) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM (
    SELECT regexp_replace(part, '[^[:alnum:]]', '', 'g') AS w FROM regexp_split_to_table(lower(name), '\s+') AS part
    UNION ALL
    SELECT piece FROM regexp_split_to_table(lower(name), '[^[:alnum:]]+') AS piece
  ) words WHERE w <> ''
$$;

CREATE FUNCTION user_name_words_keep() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.name IS NOT DISTINCT FROM OLD.name THEN RETURN NULL; END IF;
    DELETE FROM user_name_words WHERE user_id = NEW.id;
  END IF;
  INSERT INTO user_name_words (word, user_id) SELECT w, NEW.id FROM user_name_words_of(NEW.name) AS w;
  RETURN NULL;
END $$;

CREATE TRIGGER user_name_words_keep AFTER INSERT OR UPDATE OF name ON users
  FOR EACH ROW EXECUTE FUNCTION user_name_words_keep();

INSERT INTO user_name_words (word, user_id) SELECT w, u.id FROM users u, user_name_words_of(u.name) AS w;

-- The team board's pages of visits that need no action: those under way and those planned, each in
-- order of expected end (keyset on expected end, then id). Finished visits come from
-- lone_working_visits_end_idx, visits needing action from the open and unacknowledged indexes (0029).
CREATE INDEX lone_working_visits_checked_in_idx ON lone_working_visits (scheme_id, expected_end, id) WHERE status = 'checked_in';
CREATE INDEX lone_working_visits_planned_idx ON lone_working_visits (scheme_id, expected_end, id) WHERE status = 'planned';
