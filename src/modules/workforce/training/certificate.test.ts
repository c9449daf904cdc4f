import { describe, expect, it } from 'vitest';
import { checkCertificate, safeFileName, sniffType } from './certificate.ts';

const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1');
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

describe('certificate uploads', () => {
  it('knows a file by its bytes, not its name', () => {
    expect(sniffType(pdf)).toBe('application/pdf');
    expect(sniffType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffType(exe)).toBeNull();
  });

  it('refuses an executable renamed .pdf, a type that does not match, and a file over 5 MB', () => {
    const renamed = checkCertificate({
      fileName: 'certificate.pdf',
      contentType: 'application/pdf',
      contentBase64: exe.toString('base64'),
    });
    expect(renamed.value).toBeNull();
    expect(renamed.errors[0]).toMatchObject({
      field: 'certificate',
      message: 'The certificate must be a PDF, PNG or JPEG file.',
    });
    expect(
      checkCertificate({ fileName: 'c.png', contentType: 'image/png', contentBase64: pdf.toString('base64') }).errors[0]
        ?.message,
    ).toMatch(/says it is image\/png but it is application\/pdf/);
    const big = Buffer.concat([pdf, Buffer.alloc(5 * 1024 * 1024)]);
    expect(
      checkCertificate({ fileName: 'c.pdf', contentType: 'application/pdf', contentBase64: big.toString('base64') })
        .errors[0]?.message,
    ).toMatch(/the most is 5 MB/);
    expect(
      checkCertificate({ fileName: 'c.pdf', contentType: 'application/pdf', contentBase64: 'not base64!' }).errors[0]
        ?.message,
    ).toMatch(/could not be read/);
  });

  it('keeps a good PDF with a safe name and its hash', () => {
    const ok = checkCertificate({
      fileName: 'C:\\Users\\me\\My "MHFA" cert<script>.PDF',
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(ok.errors).toEqual([]);
    expect(ok.value).toMatchObject({
      fileName: 'My _MHFA_ cert_script_.pdf',
      contentType: 'application/pdf',
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(safeFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(safeFileName('...', 'image/jpeg')).toBe('certificate.jpg');
  });
});
