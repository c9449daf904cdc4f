-- Debrief lists read in two parts, each through its own index: every open request (soonest deadline
-- first) and the latest completed ones, for a supervisor's supervisees, a worker's own or the whole
-- scheme (a manager). Open requests by supervisor already have debrief_requests_open_idx.
CREATE INDEX debrief_requests_open_scheme_idx ON debrief_requests (scheme_id, respond_by, id)
  WHERE status = 'requested' AND duplicate_of IS NULL;
CREATE INDEX debrief_requests_done_supervisor_idx ON debrief_requests (scheme_id, supervisor_id, completed_at DESC, id DESC)
  WHERE status = 'completed' AND duplicate_of IS NULL;
CREATE INDEX debrief_requests_done_worker_idx ON debrief_requests (scheme_id, worker_id, completed_at DESC, id DESC)
  WHERE status = 'completed' AND duplicate_of IS NULL;
CREATE INDEX debrief_requests_done_scheme_idx ON debrief_requests (scheme_id, completed_at DESC, id DESC)
  WHERE status = 'completed' AND duplicate_of IS NULL;
