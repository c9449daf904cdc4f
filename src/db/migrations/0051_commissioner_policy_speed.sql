-- A commissioner's policies read the granted schemes once per statement, not once per row. Written as
-- `scheme_id = ANY (current_scheme_ids())`, PostgreSQL re-parsed the setting's text into a uuid array for every row
-- a report read (forty schemes' rows: half a second for a summary of a thousand rows). As
-- `ANY ((SELECT current_scheme_ids())::uuid[])` the array is an init plan, computed once, and the rows are only
-- compared with it. The rule is unchanged: the granted schemes and no other. Every later policy for the role is
-- written the same way.
DO $$
DECLARE p record;
BEGIN
  FOR p IN
    SELECT tablename, policyname FROM pg_policies
    WHERE schemaname = 'public' AND 'linkwork_commissioner' = ANY (roles)
      AND qual = '(scheme_id = ANY (current_scheme_ids()))'
  LOOP
    EXECUTE format('ALTER POLICY %I ON %I USING (scheme_id = ANY ((SELECT current_scheme_ids())::uuid[]))',
      p.policyname, p.tablename);
  END LOOP;
END
$$;
