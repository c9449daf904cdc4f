import type { FhirIssue } from './operation-outcome.ts';

/** A JSON object from a request body: its fields are unknown until read. */
export type JsonObject = Record<string, unknown>;

/** An element of the request with the FHIRPath that names it, so any issue can point at it. */
export interface Node {
  value: JsonObject;
  path: string;
}

/** A string element with its path. */
export interface Text {
  value: string;
  path: string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A body or element as a Node, or null when it is not a JSON object. */
export function nodeOf(value: unknown, path: string): Node | null {
  return isJsonObject(value) ? { value, path } : null;
}

const shape = (path: string, expected: string): FhirIssue => ({
  code: 'structure',
  expression: path,
  message: `${path} must be ${expected}.`,
  fix: 'Check the resource against the FHIR R4 JSON format (hl7.org/fhir/R4/json.html).',
});

/** A string element, trimmed; null when absent or blank. A non-string is reported, not guessed at. */
export function readString(node: Node, key: string, issues: FhirIssue[]): Text | null {
  const path = `${node.path}.${key}`;
  const v = node.value[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') {
    issues.push(shape(path, 'a string'));
    return null;
  }
  const value = v.trim();
  return value === '' ? null : { value, path };
}

export function readBoolean(node: Node, key: string, issues: FhirIssue[]): boolean | null {
  const v = node.value[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'boolean') {
    issues.push(shape(`${node.path}.${key}`, 'true or false'));
    return null;
  }
  return v;
}

/** A single (0..1) complex element. */
export function readObject(node: Node, key: string, issues: FhirIssue[]): Node | null {
  const v = node.value[key];
  if (v === undefined || v === null) return null;
  const path = `${node.path}.${key}`;
  if (!isJsonObject(v)) {
    issues.push(shape(path, 'an object'));
    return null;
  }
  return { value: v, path };
}

function readArray(node: Node, key: string, issues: FhirIssue[]): unknown[] {
  const v = node.value[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    // The usual slip when converting from XML: one repeating element sent as an object.
    issues.push({
      ...shape(`${node.path}.${key}`, 'an array'),
      fix: 'In FHIR JSON every repeating element is an array, even with one item: wrap it in [ ].',
    });
    return [];
  }
  return v;
}

/** A repeating (0..*) complex element, each item with its own indexed path. */
export function readObjects(node: Node, key: string, issues: FhirIssue[]): Node[] {
  const nodes: Node[] = [];
  readArray(node, key, issues).forEach((item, i) => {
    const path = `${node.path}.${key}[${i}]`;
    if (isJsonObject(item)) nodes.push({ value: item, path });
    else issues.push(shape(path, 'an object'));
  });
  return nodes;
}

/** A repeating (0..*) string element; blanks are dropped. */
export function readStrings(node: Node, key: string, issues: FhirIssue[]): Text[] {
  const texts: Text[] = [];
  readArray(node, key, issues).forEach((item, i) => {
    const path = `${node.path}.${key}[${i}]`;
    if (typeof item !== 'string') issues.push(shape(path, 'a string'));
    else if (item.trim() !== '') texts.push({ value: item.trim(), path });
  });
  return texts;
}

/** The extensions of an element with one URL. */
export function extensionsOf(node: Node, url: string, issues: FhirIssue[]): Node[] {
  return readObjects(node, 'extension', issues).filter((e) => e.value.url === url);
}

/** Reports a value longer than the record can hold, rather than letting the database refuse it. */
export function withinLength(text: Text | null, max: number, issues: FhirIssue[]): string | null {
  if (!text) return null;
  if (text.value.length > max) {
    issues.push({
      code: 'value',
      expression: text.path,
      message: `${text.path} is longer than ${max} characters.`,
      fix: `Shorten it to ${max} characters or fewer.`,
    });
    return null;
  }
  return text.value;
}
