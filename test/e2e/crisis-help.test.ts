/**
 * Help in one interaction: on any case page the link worker opens "Crisis: what to do now" (by mouse or keyboard)
 * and finds 999, NHS 111 option 2 and the scheme's own crisis contacts as numbers a phone can call, above every form
 * and without starting one. On a phone-sized screen the same help is one tap from the header, adding no height to it.
 * Every page and state reached is scanned for accessibility.
 */
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';
import { openFromHome } from './support/pathway.ts';

const e2e = useE2E();

/** The demo scheme's crisis contacts (its safety settings). */
const SCHEME_CONTACT = { name: 'Lakeside Crisis Team', tel: 'tel:01632960400' };

test('every case page offers the crisis numbers as tap-to-call links before any form', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);
  await openFromHome(page, 'My caseload');
  await main.getByRole('table').waitFor();
  await main.getByRole('table').getByRole('link').first().click();
  await page.getByRole('form', { name: 'Record a session' }).waitFor();

  const summary = main.locator('summary', { hasText: 'Crisis: what to do now' });
  expect(await summary.count()).toBe(1);
  // Above the first form on the page, so it is reached before any form is started.
  const before = await summary.evaluate((el) => {
    const doc = el.ownerDocument;
    const firstForm = doc.querySelector('main form');
    return firstForm !== null && (el.compareDocumentPosition(firstForm) & 4) === 4; // Node.DOCUMENT_POSITION_FOLLOWING
  });
  expect(before, 'the crisis control comes before every form').toBe(true);
  expect(await main.getByRole('link', { name: 'call 999' }).isVisible()).toBe(false);

  // One key press opens it (keyboard and screen reader: a native details/summary).
  await summary.focus();
  await page.keyboard.press('Enter');
  const call999 = main.getByRole('link', { name: 'call 999' });
  await call999.waitFor({ state: 'visible' });
  expect(await call999.getAttribute('href')).toBe('tel:999');
  expect(await main.getByRole('link', { name: 'call NHS 111' }).getAttribute('href')).toBe('tel:111');
  const details = main.locator('details#crisis-help');
  expect(await details.innerText()).toContain('choose option 2');
  const scheme = details.getByRole('listitem').filter({ hasText: SCHEME_CONTACT.name });
  await scheme.waitFor();
  expect(await scheme.getByRole('link').getAttribute('href')).toBe(SCHEME_CONTACT.tel);
  expect(
    await page.getByRole('form', { name: 'Record a session' }).getByRole('group', { name: 'Risk level' }).count(),
    'no risk form needed',
  ).toBe(0);
  await expectNoSeriousA11yViolations(page, 'case page with the crisis help open');
});

test('on a phone the crisis help is one tap from the header, without making the header taller', async () => {
  const { page } = e2e;
  const main = page.getByRole('main');
  await page.setViewportSize({ width: 375, height: 667 });
  await signIn(page, DEMO_USERS.worker.email);
  await expectHeading(page, DEMO_USERS.worker.home);

  const header = page.getByRole('banner');
  const crisisLink = header.getByRole('link', { name: 'Crisis help' });
  expect(await crisisLink.isVisible(), 'in the header itself, not behind a menu').toBe(true);
  // The header's overall height on a phone is asserted by the header's own journey; this link must not add to it.
  const heights = await header.evaluate((el) => {
    const item = [...el.querySelectorAll('li')].find((li) => li.textContent === 'Crisis help');
    const withLink = el.getBoundingClientRect().height;
    const next = item?.nextSibling ?? null;
    const parent = item?.parentNode ?? null;
    item?.remove();
    const withoutLink = el.getBoundingClientRect().height;
    if (item && parent) parent.insertBefore(item, next);
    return { withLink, withoutLink };
  });
  expect(heights.withLink, 'the crisis link adds no height to the phone header').toBe(heights.withoutLink);

  await crisisLink.click();
  await expectHeading(page, 'Crisis: what to do now');
  expect(await main.getByRole('link', { name: 'call 999' }).getAttribute('href')).toBe('tel:999');
  expect(await main.getByRole('link', { name: 'call NHS 111' }).getAttribute('href')).toBe('tel:111');
  const scheme = main.getByRole('listitem').filter({ hasText: SCHEME_CONTACT.name });
  await scheme.waitFor();
  expect(await scheme.getByRole('link').getAttribute('href')).toBe(SCHEME_CONTACT.tel);
  expect(await main.locator('form').count(), 'no form before the numbers').toBe(0);
  await expectNoSeriousA11yViolations(page, 'crisis help page on a phone');
});
