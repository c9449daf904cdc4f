import { readObjects, type Node } from './fhir-json.ts';
import type { FhirIssue } from './operation-outcome.ts';

/** Resolves a local reference ("#id", or a Bundle entry's fullUrl) to the resource it names. */
export type LocalResolver = (reference: string) => Node | null;

/** Resolves "#id" references against a resource's contained resources. */
export function containedResolver(sr: Node, issues: FhirIssue[]): LocalResolver {
  const byId = new Map<string, Node>();
  for (const resource of readObjects(sr, 'contained', issues)) {
    if (typeof resource.value.id === 'string') byId.set(`#${resource.value.id}`, resource);
  }
  return (reference) => byId.get(reference) ?? null;
}
