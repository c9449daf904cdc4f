-- The actions the audit log holds, one row each, kept as rows are written: the administrator's search by
-- an action's start ("auth.") reads this short list instead of skipping through the log's action index,
-- whose depth (and the pages it touches) grows with the log.
CREATE TABLE audit_actions (
  action text PRIMARY KEY
);

-- Every action already in the log, one index probe per distinct action.
INSERT INTO audit_actions (action)
WITH RECURSIVE actions(action) AS (
  (SELECT action FROM audit_log ORDER BY action LIMIT 1)
  UNION ALL
  SELECT (SELECT a.action FROM audit_log a WHERE a.action > actions.action ORDER BY a.action LIMIT 1)
  FROM actions WHERE actions.action IS NOT NULL
)
SELECT action FROM actions WHERE action IS NOT NULL;

-- Not scheme data (the names of actions the code writes): the application reads it; only the trigger
-- below writes it, as the owner, so the list cannot be edited apart from the log.
GRANT SELECT ON audit_actions TO linkwork_app;

-- Notes a new action as its first row is written, in the same transaction: an index probe per audit row,
-- and an insert only the first time an action is seen.
CREATE FUNCTION audit_actions_note() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_actions WHERE action = NEW.action) THEN
    INSERT INTO audit_actions (action) VALUES (NEW.action) ON CONFLICT (action) DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER audit_log_note_action AFTER INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_actions_note();
