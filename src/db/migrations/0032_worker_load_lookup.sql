-- One worker's load (their caseload page) read from the counts by worker: the keys of the month and
-- day counts start with the period, which serves the whole team's load for the year, not one person's.
CREATE INDEX worker_allocation_months_worker_idx ON worker_allocation_months (scheme_id, worker_id, month);
CREATE INDEX worker_allocation_days_worker_idx ON worker_allocation_days (scheme_id, worker_id, day);
