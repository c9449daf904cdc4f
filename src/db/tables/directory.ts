import type { ColumnType, Generated, GeneratedAlways } from 'kysely';
import type { NullableDateOnly, NullableTimestamp } from './column-types.ts';

/**
 * Kysely table types for the community directory (mirrors 0004_directory.sql): the Open Referral UK 3.0
 * tables, one per ORUK table. Ids are the publisher's ORUK ids.
 */

/** numeric: returned by node-postgres as a string. */
type DirectoryNumeric = ColumnType<string | null, string | number | null | undefined, string | number | null>;
export interface DirectoryOrganizationsTable {
  id: string;
  name: string;
  description: string;
  email: string | null;
  website: string | null;
  logo: string | null;
  uri: string | null;
  parent_organization_id: string | null;
  source: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryOrganizationIdentifiersTable {
  id: string;
  organization_id: string;
  identifier_scheme: string | null;
  identifier_type: string;
  identifier: string;
  imported_at: Generated<Date>;
}
export interface DirectoryServicesTable {
  id: string;
  organization_id: string | null;
  name: string;
  description: string | null;
  url: string | null;
  email: string | null;
  status: string;
  fees: string | null;
  accreditations: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: NullableDateOnly;
  assurer_email: string | null;
  alert: string | null;
  last_modified: NullableTimestamp;
  source: string | null;
  imported_at: Generated<Date>;
  /** Generated always from name and description (never null: both are coalesced). */
  search: GeneratedAlways<string>;
  /** sha256 of the ORUK record last imported (0027); null after any other change to the service. */
  content_hash: string | null;
}
export interface DirectoryLocationsTable {
  id: string;
  location_type: string;
  name: string | null;
  description: string | null;
  latitude: DirectoryNumeric;
  longitude: DirectoryNumeric;
  external_identifier: string | null;
  external_identifier_type: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryAddressesTable {
  id: string;
  location_id: string;
  attention: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  region: string | null;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
  imported_at: Generated<Date>;
}
export interface DirectoryAccessibilityTable {
  id: string;
  location_id: string;
  description: string | null;
  details: string | null;
  url: string | null;
  accessibility: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryServiceAtLocationsTable {
  id: string;
  service_id: string;
  location_id: string;
  imported_at: Generated<Date>;
}
export interface DirectorySchedulesTable {
  id: string;
  service_id: string | null;
  service_at_location_id: string | null;
  valid_from: NullableDateOnly;
  valid_to: NullableDateOnly;
  dtstart: NullableDateOnly;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  bymonthday: string | null;
  description: string | null;
  opens_at: string | null;
  closes_at: string | null;
  schedule_link: string | null;
  attending_type: string | null;
  notes: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryContactsTable {
  id: string;
  service_id: string | null;
  name: string | null;
  title: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryPhonesTable {
  id: string;
  contact_id: string;
  number: string;
  description: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryLanguagesTable {
  id: string;
  service_id: string | null;
  phone_id: string | null;
  /** HSDS 3.0 name, ISO 639 code and note (migration 0012; the UK profile omits them). */
  name: string | null;
  code: string | null;
  note: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryCostOptionsTable {
  id: string;
  service_id: string | null;
  valid_from: NullableDateOnly;
  valid_to: NullableDateOnly;
  option: string | null;
  amount: DirectoryNumeric;
  amount_description: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryServiceAreasTable {
  id: string;
  service_id: string | null;
  name: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
  service_area: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryFundingsTable {
  id: string;
  service_id: string | null;
  source: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryTaxonomiesTable {
  id: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryTaxonomyTermsTable {
  id: string;
  name: string;
  description: string;
  parent_id: string | null;
  taxonomy: string | null;
  taxonomy_id: string | null;
  term_uri: string | null;
  term: string | null;
  imported_at: Generated<Date>;
}
export interface DirectoryAttributesTable {
  id: string;
  link_id: string | null;
  link_type: string | null;
  link_entity: string | null;
  taxonomy_term_id: string | null;
  imported_at: Generated<Date>;
}

/** Kysely table types for the directory's Open Referral UK tables. */
export interface DirectoryTables {
  directory_organizations: DirectoryOrganizationsTable;
  directory_organization_identifiers: DirectoryOrganizationIdentifiersTable;
  directory_services: DirectoryServicesTable;
  directory_locations: DirectoryLocationsTable;
  directory_addresses: DirectoryAddressesTable;
  directory_accessibility: DirectoryAccessibilityTable;
  directory_service_at_locations: DirectoryServiceAtLocationsTable;
  directory_schedules: DirectorySchedulesTable;
  directory_contacts: DirectoryContactsTable;
  directory_phones: DirectoryPhonesTable;
  directory_languages: DirectoryLanguagesTable;
  directory_cost_options: DirectoryCostOptionsTable;
  directory_service_areas: DirectoryServiceAreasTable;
  directory_fundings: DirectoryFundingsTable;
  directory_taxonomies: DirectoryTaxonomiesTable;
  directory_taxonomy_terms: DirectoryTaxonomyTermsTable;
  directory_attributes: DirectoryAttributesTable;
}
