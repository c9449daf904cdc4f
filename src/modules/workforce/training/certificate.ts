import { createHash } from 'node:crypto';
import type { FieldError } from '../../../platform/errors.ts';

export const CERTIFICATE_MAX_BYTES = 5 * 1024 * 1024;

export type CertificateType = 'application/pdf' | 'image/png' | 'image/jpeg';

const SIGNATURES: { type: CertificateType; bytes: number[]; extension: string }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], extension: '.pdf' },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extension: '.png' },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff], extension: '.jpg' },
];

/** What a file really is, from its first bytes: PDF, PNG or JPEG, else null. The name and the declared type are not trusted. */
export function sniffType(content: Uint8Array): CertificateType | null {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => content[i] === b))?.type ?? null;
}

/**
 * A file name safe to store and send back in a Content-Disposition header: the last path part,
 * plain letters, digits and a few marks only, at most 100 characters, with the extension of its real type.
 */
export function safeFileName(name: string, type: CertificateType): string {
  const extension = SIGNATURES.find((s) => s.type === type)!.extension;
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ._()-]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[\s._-]+/, '')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .slice(0, 90)
    .trim();
  return `${base || 'certificate'}${extension}`;
}

export interface CertificateInput {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface CheckedCertificate {
  fileName: string;
  contentType: CertificateType;
  content: Buffer;
  sha256: string;
}

const FIELD = 'certificate';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Checks an uploaded certificate: real base64, not empty, at most 5 MB, a PDF, PNG or JPEG by its bytes, and declared as what it is. */
export function checkCertificate(input: CertificateInput): { value: CheckedCertificate | null; errors: FieldError[] } {
  const problem = (message: string, fix: string) => ({ value: null, errors: [{ field: FIELD, message, fix }] });
  const text = input.contentBase64.replace(/\s+/g, '');
  if (text.length % 4 !== 0 || !BASE64.test(text))
    return problem(
      'The certificate could not be read.',
      'Choose the file again; if it still fails, save it as a PDF and upload that.',
    );
  const content = Buffer.from(text, 'base64');
  if (content.length === 0) return problem('The certificate file is empty.', 'Choose the certificate file you saved.');
  if (content.length > CERTIFICATE_MAX_BYTES)
    return problem(
      `The certificate is ${(content.length / 1_048_576).toFixed(1)} MB; the most is 5 MB.`,
      'Upload a smaller file, for example a PDF rather than a photo, or a photo at a lower resolution.',
    );
  const actual = sniffType(content);
  if (!actual)
    return problem(
      'The certificate must be a PDF, PNG or JPEG file.',
      'Save or scan the certificate as a PDF, PNG or JPEG and upload that.',
    );
  if (actual !== input.contentType)
    return problem(
      `The file says it is ${input.contentType || 'an unknown type'} but it is ${actual}.`,
      'Upload the file as it was saved, without renaming its extension.',
    );
  return {
    value: {
      fileName: safeFileName(input.fileName, actual),
      contentType: actual,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
    },
    errors: [],
  };
}
