-- Loading ORUK data skips records already written: each service keeps the sha256 of the canonical
-- JSON it was last loaded from. A reload whose record hashes the same writes nothing for that
-- service and its child rows.
ALTER TABLE directory_services ADD COLUMN content_hash text;

-- Any other change to a service (an owner's edit in Linkwork, a console fix) forgets the hash, so the
-- next load writes the publisher's record again, as it did before hashes. The loader sets a new
-- hash in the same transaction as its own writes, after them; only an update that sets the hash to
-- a new value keeps it.
CREATE FUNCTION directory_services_forget_hash() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.content_hash IS NOT DISTINCT FROM OLD.content_hash THEN
    NEW.content_hash := NULL;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER directory_services_forget_hash BEFORE UPDATE ON directory_services
  FOR EACH ROW WHEN (OLD.content_hash IS NOT NULL) EXECUTE FUNCTION directory_services_forget_hash();
