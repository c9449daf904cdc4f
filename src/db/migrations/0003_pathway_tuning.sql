-- Tuning after the pathway benchmark (bench/pathway.ts).

-- Working hours are entered to the quarter hour (18.75): keep two decimal places, not one,
-- so a half-time worker's safe caseload is exactly half a full-time worker's.
ALTER TABLE worker_profiles ALTER COLUMN hours_per_week TYPE numeric(5, 2);
ALTER TABLE scheme_policies ALTER COLUMN full_time_hours TYPE numeric(5, 2);

-- The triage queue (received or awaiting information) in order, without sorting the whole queue.
CREATE INDEX referrals_triage_idx ON referrals (scheme_id, received_at, id) WHERE status IN ('received', 'information_requested');

-- Workers' open cases and the last year's allocations, for capacity, without scanning closed cases.
CREATE INDEX cases_open_idx ON cases (scheme_id, worker_id) WHERE status IN ('contacting', 'active');
CREATE INDEX cases_scheme_allocated_idx ON cases (scheme_id, allocated_at);
