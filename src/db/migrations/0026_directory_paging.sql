-- Directory reads whose cost follows the answer.
--
-- 1. A directory version. Every write to a directory table, whoever makes it (a directory load, an owner's
--    edit, a console fix), bumps it once per transaction, in that transaction: readers see the new
--    version exactly when they see the new rows. Answers that depend on the whole directory (the
--    search form's counts, the unfiltered ORUK totals) are cached against (epoch, version), so they
--    are never stale after a write and are not recounted while nothing changes. The epoch tells one
--    database from another. Versions come from a sequence, which never hands out a number twice: the
--    version of a write that rolled back is never reused for other rows.
CREATE SEQUENCE directory_state_version_seq;
CREATE TABLE directory_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  epoch uuid NOT NULL DEFAULT gen_random_uuid(),
  version bigint NOT NULL DEFAULT 0,
  -- The transaction that last bumped the version: later statements of the same transaction skip the update.
  bumped_in bigint
);
INSERT INTO directory_state (id) VALUES (true);

CREATE FUNCTION directory_state_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE directory_state SET version = nextval('directory_state_version_seq'), bumped_in = txid_current()
    WHERE id AND bumped_in IS DISTINCT FROM txid_current();
  RETURN NULL;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['directory_organizations', 'directory_organization_identifiers', 'directory_services', 'directory_locations',
    'directory_addresses', 'directory_accessibility', 'directory_service_at_locations', 'directory_schedules', 'directory_contacts',
    'directory_phones', 'directory_languages', 'directory_cost_options', 'directory_service_areas', 'directory_fundings',
    'directory_taxonomies', 'directory_taxonomy_terms', 'directory_attributes']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION directory_state_bump()',
      t || '_bumps_version', t);
  END LOOP;
END
$$;

GRANT SELECT, UPDATE ON directory_state TO linkwork_app;
GRANT USAGE ON SEQUENCE directory_state_version_seq TO linkwork_app;

-- 2. ORUK /services pages in a stable (name, id) order: the index gives each page without sorting the
--    directory, and a deep page skips index entries only (index-only scan) before seeking its first row.
CREATE INDEX directory_services_name_id_idx ON directory_services (name, id);
