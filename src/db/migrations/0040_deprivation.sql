-- The English Indices of Deprivation (IoD2019 and IoD2025, "File 1": the Index of Multiple Deprivation by
-- lower layer super output area), loaded by the reference command (linkwork reference … imd <file>), so reports can show
-- referrals, engagement and outcomes by the IMD decile of a person's small area. Public reference data, no
-- patient data: no row-level security.

CREATE TABLE deprivation_indices (
  -- '2019': LSOA 2011 codes, districts of 2019; '2025': LSOA 2021 codes, districts of 2024.
  release text NOT NULL CHECK (release IN ('2019', '2025')),
  -- The same bound as postcodes.lsoa (0011), which it is joined to.
  lsoa_code text NOT NULL CHECK (length(lsoa_code) BETWEEN 1 AND 20),
  lsoa_name text NOT NULL,
  district_code text NOT NULL,
  district_name text NOT NULL,
  -- 1 is the most deprived LSOA in England.
  imd_rank integer NOT NULL CHECK (imd_rank > 0),
  -- 1 is the most deprived 10% of LSOAs.
  imd_decile smallint NOT NULL CHECK (imd_decile BETWEEN 1 AND 10),
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (release, lsoa_code)
);

-- The last load of each release: which file, when and how many rows it left, for the report's footnote.
CREATE TABLE deprivation_imports (
  release text PRIMARY KEY CHECK (release IN ('2019', '2025')),
  source text NOT NULL,
  row_count integer NOT NULL CHECK (row_count >= 0),
  imported_at timestamptz NOT NULL DEFAULT now()
);

-- Replaced by a newer file, never deleted one by one: the application reads and upserts.
GRANT SELECT, INSERT, UPDATE ON deprivation_indices, deprivation_imports TO linkwork_app;

-- Each imported postcode with the deprivation of its LSOA, for reports to join on a person's postcode. The
-- postcodes table keeps one LSOA a postcode, the 2021 code when the ONSPD file carried one, else the 2011
-- code; most LSOAs kept their code in 2021. So the 2025 release answers when the postcode's LSOA is in it,
-- and the 2019 release otherwise (a 2011 code, or a 2025 release not imported). Postcodes whose LSOA is in
-- neither are left out: join it with LEFT JOIN and count those people as "area unknown".
-- A view rather than a function: a plain join the planner can push a postcode (or a list of them) into,
-- probing both primary keys per postcode, so a report costs what its people cost, not the whole table.
CREATE VIEW postcode_deprivation AS
SELECT
  p.postcode,
  p.lsoa AS lsoa_code,
  coalesce(d25.release, d19.release) AS release,
  coalesce(d25.lsoa_name, d19.lsoa_name) AS lsoa_name,
  coalesce(d25.district_code, d19.district_code) AS district_code,
  coalesce(d25.district_name, d19.district_name) AS district_name,
  coalesce(d25.imd_rank, d19.imd_rank) AS imd_rank,
  coalesce(d25.imd_decile, d19.imd_decile) AS imd_decile
FROM postcodes p
LEFT JOIN deprivation_indices d25 ON d25.release = '2025' AND d25.lsoa_code = p.lsoa
LEFT JOIN deprivation_indices d19 ON d19.release = '2019' AND d19.lsoa_code = p.lsoa
WHERE d25.lsoa_code IS NOT NULL OR d19.lsoa_code IS NOT NULL;

GRANT SELECT ON postcode_deprivation TO linkwork_app;
