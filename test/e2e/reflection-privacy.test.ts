/**
 * The private reflective log: a link worker writes a reflection and can read and edit it; then the demo
 * administrator and the scheme manager cannot see it anywhere (their own log, the entry's address, the audit
 * log, the team's wellbeing page). Every page is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { shownErrorSummary } from './support/forms.ts';
import { uniqueSuffix } from './support/unique.ts';

const e2e = useE2E();

test('a worker’s reflection is theirs alone: the administrator and the manager cannot see it anywhere', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  const secret = `After the visit on Mill Lane I could not stop thinking about it ${uniqueSuffix()}`;

  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await page.goto('/reflections');
  await expectHeading(page, 'Reflective log');
  await expect.poll(() => main.innerText()).toContain('Only you can read your reflective log');
  await expectNoSeriousA11yViolations(page, 'reflective log (empty form)');

  // An empty entry is refused with an error summary linking to the box.
  await page.getByRole('button', { name: 'Save reflection' }).click();
  const summary = await shownErrorSummary(page);
  expect(await summary.innerText()).toContain('Write your reflection');
  await expectNoSeriousA11yViolations(page, 'reflective log with an error');

  await page.getByLabel('New reflection').fill(secret);
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await expect.poll(() => main.innerText()).toContain(secret);
  await expectNoSeriousA11yViolations(page, 'reflective log with an entry');
  const editLink = main.getByRole('link', { name: /^Edit/ }).first();
  const href = (await editLink.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/reflections\/[0-9a-f-]{36}$/);

  await editLink.click();
  await expectHeading(page, 'Edit a reflection');
  await page.getByLabel('Your reflection').fill(`${secret}. Talked to Sam.`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expectHeading(page, 'Reflective log');
  await expect.poll(() => main.innerText()).toContain(`${secret}. Talked to Sam.`);
  await signOut(page);

  for (const who of [DEMO_USERS.administrator, DEMO_USERS.manager]) {
    await page.waitForURL((url) => url.pathname.startsWith('/sign-in'));
    await signIn(page, who.email);
    await expectHeading(page, who.home);
    await page.goto('/reflections');
    await expectHeading(page, 'Reflective log');
    await expect.poll(() => main.innerText()).toContain('You have not written anything yet.');
    expect(await main.innerText()).not.toContain('Mill Lane');
    await expectNoSeriousA11yViolations(page, `reflective log as the ${who.role}`);

    await page.goto(href);
    await expect.poll(() => main.innerText()).toMatch(/Page not found/i);
    expect(await main.innerText()).not.toContain('Mill Lane');

    const elsewhere = who === DEMO_USERS.administrator ? '/admin/audit' : '/team/wellbeing';
    await page.goto(elsewhere);
    await expect.poll(() => main.innerText()).not.toBe('');
    await page.waitForLoadState('networkidle');
    expect(await main.innerText()).not.toContain('Mill Lane');
    if (who === DEMO_USERS.manager) {
      await expectHeading(page, 'Team workload and wellbeing');
      await expectNoSeriousA11yViolations(page, 'team workload and wellbeing');
    }
    await signOut(page);
  }
});
