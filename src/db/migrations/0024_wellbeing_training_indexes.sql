-- One worker's wellbeing, and a page of the team's or of the training matrix, read only that worker's
-- (or that page's) rows: each index below serves a per-worker probe that used to be a scheme-wide scan.

-- Sessions a worker held this week: a range of one worker's sessions, not every session of the scheme.
CREATE INDEX case_sessions_worker_time_idx ON case_sessions (scheme_id, by_user_id, starts_at);

-- The run of difficult sessions: read newest first from the last easier session, ties broken by session.
CREATE INDEX session_wellbeing_run_idx ON session_wellbeing (scheme_id, worker_id, recorded_at DESC, session_id DESC);

-- A supervisor's supervisees, without reading every worker profile of the scheme.
CREATE INDEX worker_profiles_supervisor_idx ON worker_profiles (scheme_id, supervisor_id);

-- Pages of a scheme's staff by role, ordered by name then id (keyset paging).
CREATE INDEX memberships_scheme_role_idx ON memberships (scheme_id, role, user_id);
CREATE INDEX users_name_idx ON users (name, id);
