/**
 * The administrator's journeys: users (list, create with a one-time password, detail), organisations (list,
 * create a GP practice) and the audit log, each page scanned for accessibility.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { uniqueEmail, uniqueOdsCode, uniqueSuffix } from './support/unique.ts';

const e2e = useE2E();

beforeEach(async () => {
  await signIn(e2e.page, DEMO_USERS.administrator.email);
  await expectHeading(e2e.page, DEMO_USERS.administrator.home);
});

describe('administrator: users', () => {
  test('the users list shows the demo users', async () => {
    const { page } = e2e;
    await page.goto('/admin/users');
    await expectHeading(page, /users/i);
    const table = page.getByRole('table');
    await table.waitFor();
    for (const user of Object.values(DEMO_USERS)) {
      expect(await table.getByText(user.email, { exact: true }).count(), user.email).toBeGreaterThan(0);
    }
    await expectNoSeriousA11yViolations(page, 'users list');
  });

  test('creating a user shows a one-time password once, and the new user has a detail page', async () => {
    const { page } = e2e;
    const email = uniqueEmail('worker');
    const name = `E2E Worker ${uniqueSuffix()}`;

    await page.goto('/admin/users/new');
    await expectHeading(page, /user/i);
    await expectNoSeriousA11yViolations(page, 'new user form');

    await page.getByLabel('Full name', { exact: true }).fill(name);
    await page.getByLabel('Email address', { exact: true }).fill(email);
    await chooseOption(page, 'Role', 'Link worker');
    await chooseOption(page, 'Scheme', /demo/i);
    await page.getByRole('button', { name: 'Create user' }).click();

    // The one-time password is shown once, on the confirmation.
    await expectHeading(page, 'User created');
    const main = page.getByRole('main');
    expect((await main.innerText()).toLowerCase()).toContain('one-time password');
    const shown = await oneTimePasswordOnPage(page);
    expect(shown.length, 'one-time password length').toBeGreaterThanOrEqual(12);
    await expectNoSeriousA11yViolations(page, 'user created, one-time password shown');

    // The new user's account opens from the confirmation.
    await main.getByRole('link', { name: /account/i }).first().click();
    await page.waitForURL(/\/admin\/users\/[^/]+$/);
    await expectHeading(page, name);
    const detail = await page.getByRole('main').innerText();
    expect(detail).toContain(email);
    expect(detail).toMatch(/Link worker/);
    // The one-time password is never shown again.
    expect(detail).not.toContain(shown);
    await expectNoSeriousA11yViolations(page, 'user detail');

    // And the users list finds them by email address.
    await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
    const row = page.getByRole('table').getByRole('row').filter({ hasText: email });
    await row.first().waitFor();
    expect(await row.first().getByRole('link', { name }).count()).toBe(1);
  });

  test('a duplicate email is refused with an error that names the field', async () => {
    const { page } = e2e;
    await page.goto('/admin/users/new');
    await page.getByLabel('Full name', { exact: true }).fill('Duplicate Person');
    await page.getByLabel('Email address', { exact: true }).fill(DEMO_USERS.worker.email);
    await chooseOption(page, 'Role', 'Link worker');
    await chooseOption(page, 'Scheme', /demo/i);
    await page.getByRole('button', { name: 'Create user' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect((await summary.innerText()).toLowerCase()).toContain('email');
    await expectNoSeriousA11yViolations(page, 'new user form with a duplicate email');
  });
});

describe('administrator: organisations', () => {
  test('the organisations list is accessible and lists the demo scheme', async () => {
    const { page } = e2e;
    await page.goto('/admin/organisations');
    await expectHeading(page, /organisations/i);
    await page.getByRole('table').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'organisations list');
  });

  test('an administrator creates a GP practice with an ODS code', async () => {
    const { page } = e2e;
    const odsCode = uniqueOdsCode();
    const name = `E2E Surgery ${uniqueSuffix()}`;

    await page.goto('/admin/organisations/new');
    await expectHeading(page, /organisation/i);
    await expectNoSeriousA11yViolations(page, 'new organisation form');

    await chooseOption(page, /type/i, /GP practice/i);
    await page.getByLabel(/^(organisation )?name$/i).fill(name);
    await page.getByLabel(/ODS code/i).fill(odsCode);
    await page.getByRole('button', { name: /create|save|add/i }).click();

    await page.waitForURL((url) => url.pathname !== '/admin/organisations/new');
    await page.goto('/admin/organisations');
    const row = page.getByRole('row').filter({ hasText: name });
    await row.first().waitFor();
    expect(await row.first().innerText()).toContain(odsCode);
    await expectNoSeriousA11yViolations(page, 'organisations list after creating one');
  });
});

describe('administrator: audit log', () => {
  test('filtering by action shows sign-in entries', async () => {
    const { page } = e2e;
    await page.goto('/admin/audit');
    await expectHeading(page, /audit/i);
    await expectNoSeriousA11yViolations(page, 'audit log');

    await chooseOption(page, /action/i, /sign.?in/i);
    await page.getByRole('button', { name: /filter|apply|search|show/i }).first().click();
    const rows = page.getByRole('table').getByRole('row').filter({ hasText: DEMO_USERS.administrator.email });
    await rows.first().waitFor();
    const tableText = (await page.getByRole('table').innerText()).toLowerCase();
    expect(tableText).toMatch(/sign.?in/);
    await expectNoSeriousA11yViolations(page, 'audit log filtered by action');
  });
});

/**
 * Picks an option in a select, radio group or text field with the given label, whichever the page uses, so the
 * journey does not break on a design change that keeps the label.
 */
async function chooseOption(page: import('playwright-core').Page, label: string | RegExp, option: string | RegExp) {
  const field = page.getByLabel(label, typeof label === 'string' ? { exact: true } : undefined).first();
  const group = page.getByRole('group', { name: label }).or(page.getByRole('radiogroup', { name: label })).first();
  await field.or(group).first().waitFor(); // fields that depend on an earlier answer appear after a render
  if ((await field.count()) > 0) {
    const tag = await field.evaluate((element) => element.tagName.toLowerCase());
    if (tag === 'select') {
      const options = await field.locator('option').evaluateAll((elements) =>
        elements.map((element) => ({
          value: element.getAttribute('value') ?? (element.textContent ?? '').trim(),
          text: (element.textContent ?? '').trim(),
        })),
      );
      const match = options.find((candidate) => matches(candidate.text, option) || matches(candidate.value, option));
      if (!match) throw new Error(`no option ${option} in "${label}": ${options.map((o) => o.text).join(', ')}`);
      await field.selectOption(match.value);
      return;
    }
    if (tag === 'input' && (await field.getAttribute('type')) !== 'radio') {
      await field.fill(typeof option === 'string' ? option : option.source.replace(/[^a-z -]/gi, ''));
      return;
    }
  }
  await group.getByRole('radio', { name: option }).first().check();
}

function matches(text: string, pattern: string | RegExp): boolean {
  return typeof pattern === 'string' ? text === pattern : pattern.test(text);
}

/** Finds the one-time password on the confirmation page (shown in a code element or inset text). */
async function oneTimePasswordOnPage(page: import('playwright-core').Page): Promise<string> {
  const code = page.getByRole('main').locator('code, kbd, samp, [data-testid="one-time-password"]').first();
  if ((await code.count()) > 0) return ((await code.textContent()) ?? '').trim();
  const text = await page.getByRole('main').innerText();
  const match = /one-time password[^\n]*\n?\s*([A-Za-z0-9\-_~!@#$%^&*+=]{12,})/i.exec(text);
  return match?.[1] ?? '';
}
