-- Directory searches whose cost follows the page, not the directory.

-- The administrator's directory organisation picker: each word typed matches the start of a word of the
-- name ("advice" finds Lakeside Advice Centre), through the word index when few names match; when many
-- do, the (name, id) index gives the first names in order and the walk stops at the page.
-- Directory tables have no row-level security, so the planner may use this expression index for the
-- application role (src/modules/directory/staff/staff-directory.repository.ts findDirectoryOrganizations).
CREATE INDEX directory_organizations_name_words_idx ON directory_organizations USING gin (to_tsvector('simple'::regconfig, name));
CREATE INDEX directory_organizations_name_id_idx ON directory_organizations (name, id);
