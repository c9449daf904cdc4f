/** Strips the spaces and dashes people type ("943 476 5919") so the digits can be checked. */
export function normaliseNhsNumber(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * The NHS number check: 10 digits whose weighted sum (weights 10..2) modulus 11 gives the
 * check digit (11 → 0; 10 → never valid). Catches typing slips before they reach a record.
 */
export function isValidNhsNumber(input: string): boolean {
  const digits = normaliseNhsNumber(input);
  if (!/^[0-9]{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Why an NHS number is not valid, in words a person can act on; null when it is valid. */
export function nhsNumberProblem(input: string): string | null {
  const digits = normaliseNhsNumber(input);
  if (!/^[0-9]+$/.test(digits)) return 'An NHS number is 10 digits; it can only contain numbers and spaces.';
  if (digits.length !== 10) return `An NHS number is 10 digits; this has ${digits.length}.`;
  if (!isValidNhsNumber(digits))
    return 'This is not a valid NHS number: its check digit does not match. Check it for a typing slip.';
  return null;
}
