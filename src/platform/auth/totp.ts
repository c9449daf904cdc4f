import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';

authenticator.options = { window: 1, step: 30, digits: 6 };

export const TOTP_ISSUER = 'Linkwork';

/** A new base32 TOTP secret for an authenticator app. */
export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/**
 * Checks a 6-digit code against the secret, allowing one 30-second step of clock drift, and
 * returns the time step it belongs to (null if wrong). Callers refuse a step already used, so a
 * code seen over someone's shoulder cannot be replayed.
 */
export function totpStep(secret: string, code: string, now: Date = new Date()): number | null {
  const digits = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(digits)) return null;
  try {
    const delta = authenticator.checkDelta(digits, secret);
    return delta === null ? null : Math.floor(now.getTime() / 30_000) + delta;
  } catch {
    return null;
  }
}

/** The code an authenticator shows at a moment (now by default); used by tests. */
export function currentTotp(secret: string, at: Date = new Date()): string {
  return authenticator.clone({ epoch: at.getTime() }).generate(secret);
}

/** The otpauth:// URL and a PNG QR code of it for the enrolment page. */
export async function enrolmentMaterial(
  secret: string,
  accountName: string,
): Promise<{ otpauthUrl: string; qrCodeDataUrl: string }> {
  const otpauthUrl = authenticator.keyuri(accountName, TOTP_ISSUER, secret);
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUrl, { errorCorrectionLevel: 'M', margin: 2, width: 240 });
  return { otpauthUrl, qrCodeDataUrl };
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten single-use recovery codes like `k7dm-q2xr-9tfa`. */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Recovery codes are compared lower-case without spaces or dashes. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}
