import type { OnwardServiceRequest, OnwardTask } from './fhir-onward.ts';
import type { Patient, ServiceRequest, Task } from './fhir-resources.ts';

/** Any resource this server returns, and the Bundle that carries several (a search, a transaction's answer). */
export type Resource = Task | ServiceRequest | Patient | OnwardTask | OnwardServiceRequest;

export interface BundleEntry {
  fullUrl?: string;
  resource?: Resource;
  search?: { mode: 'match' };
  response?: { status: string; location: string; etag: string; lastModified: string; outcome?: object };
}

export interface Bundle {
  resourceType: 'Bundle';
  type: 'searchset' | 'transaction-response';
  timestamp?: string;
  total?: number;
  link?: { relation: string; url: string }[];
  entry: BundleEntry[];
}
