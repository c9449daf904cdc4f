-- Commissioners (PCN and ICB leads): a membership per scheme they are granted, and a database role that can read
-- the report rollups of those schemes and nothing else. The application switches to it (SET LOCAL ROLE) for the
-- statements of a commissioner's report, so no query there can reach a person's record, whatever its text says.

ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships ADD CONSTRAINT memberships_role_check CHECK (role IN (
  'administrator', 'scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user', 'commissioner'));

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'linkwork_commissioner') THEN
    BEGIN
      CREATE ROLE linkwork_commissioner NOLOGIN NOSUPERUSER NOBYPASSRLS;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- created concurrently by another database on the same server
    END;
  END IF;
END
$$;

DO $$
BEGIN
  -- The connecting user must be able to SET ROLE linkwork_commissioner, as it can linkwork_app.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)
     AND NOT pg_has_role(current_user, 'linkwork_commissioner', 'MEMBER') THEN
    EXECUTE format('GRANT linkwork_commissioner TO %I', current_user);
  END IF;
END
$$;

-- The schemes a commissioner's transaction may read, set with set_config('linkwork.scheme_ids', '{…}', true).
CREATE FUNCTION current_scheme_ids() RETURNS uuid[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(nullif(current_setting('linkwork.scheme_ids', true), ''), '{}')::uuid[]
$$;

GRANT USAGE ON SCHEMA public TO linkwork_commissioner;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['report_referrals', 'report_waits', 'report_closures', 'report_sessions', 'report_outcomes',
    'report_measure_askings'] LOOP
    EXECUTE format('GRANT SELECT ON %I TO linkwork_commissioner', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT TO linkwork_commissioner USING (scheme_id = ANY (current_scheme_ids()))',
      t || '_commissioned_schemes', t);
  END LOOP;
END
$$;
