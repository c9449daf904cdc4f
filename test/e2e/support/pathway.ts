/**
 * Steps shared by the pathway journeys (refer, triage, allocate, work a case): made-up people with valid, unique NHS
 * numbers, the referral form filled in as a GP would, and finding a person in a paged list by name.
 */
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectHeading } from './auth.ts';
import { uniqueSuffix } from './unique.ts';

/** A valid NHS number that no other journey uses: 9 random digits and the modulus 11 check digit. */
export function uniqueNhsNumber(): string {
  for (;;) {
    const digits = Array.from(randomBytes(9), (b) => b % 10);
    const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `${digits.join('')}${check === 11 ? 0 : check}`;
  }
}

/** A made-up person to refer, with a family name no demo person has, so lists can be searched by name. */
export interface Person {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  /** "Given Family", as lists and headings show it. */
  name: string;
  dateOfBirth: { day: string; month: string; year: string };
  addressLine1: string;
  town: string;
  postcode: string;
  phone: string;
  email: string;
}

export function uniquePerson(givenName = 'Maya'): Person {
  const familyName = `Okoro-${uniqueSuffix()}`;
  return {
    nhsNumber: uniqueNhsNumber(),
    givenName,
    familyName,
    name: `${givenName} ${familyName}`,
    dateOfBirth: { day: '27', month: '3', year: '1958' },
    addressLine1: '12 Mill Lane',
    town: 'Leeds',
    postcode: 'LS1 4AP',
    phone: '07700 900123',
    email: `${familyName.toLowerCase()}@example.org`,
  };
}

/** Fills the three boxes of an NHS.UK date input found by its legend. */
export async function fillDate(
  scope: Page | Locator,
  legend: string,
  date: { day: string; month: string; year: string },
): Promise<void> {
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('Day', { exact: true }).fill(date.day);
  await group.getByLabel('Month', { exact: true }).fill(date.month);
  await group.getByLabel('Year', { exact: true }).fill(date.year);
}

export interface ReferralChoices {
  /** Labels of the needs to tick, as the form shows them. */
  needs: string[];
  /** Labels of the circumstances to tick ("Do any of these apply?"). */
  circumstances?: string[];
  reason: string;
  /** The referral may describe a crisis: the page warns what to do now instead of saying "Referral sent". */
  crisis?: boolean;
}

/**
 * Fills in the whole "Refer someone" form (every field, optional ones too) as a referrer at Y90001 would, and
 * sends it. Leaves the page on the referral, with the criteria check shown.
 */
export async function sendReferral(page: Page, person: Person, choices: ReferralChoices): Promise<void> {
  await page.getByLabel('NHS number', { exact: true }).fill(person.nhsNumber);
  await page.getByLabel('First name', { exact: true }).fill(person.givenName);
  await page.getByLabel('Last name', { exact: true }).fill(person.familyName);
  await fillDate(page, 'Date of birth', person.dateOfBirth);
  await page.getByRole('group', { name: 'Sex (optional)' }).getByLabel('Female', { exact: true }).check();
  await page.getByLabel('Gender identity (optional)').fill('Woman');
  await page.getByLabel('Ethnicity (optional)').selectOption({ label: 'White - British' });
  await page.getByLabel('Address line 1', { exact: true }).fill(person.addressLine1);
  await page.getByLabel('Address line 2 (optional)').fill('Flat 2');
  await page.getByLabel('Town or city', { exact: true }).fill(person.town);
  await page.getByLabel('Postcode', { exact: true }).fill(person.postcode);
  await page.getByLabel('Phone number', { exact: true }).fill(person.phone);
  await page.getByLabel('Email address (optional)').fill(person.email);
  await page
    .getByRole('group', { name: 'How would they like to be contacted?' })
    .getByLabel('Phone call', { exact: true })
    .check();
  await page.getByLabel('Preferred language', { exact: true }).fill('English');
  await page
    .getByLabel('Accessibility and communication needs (optional)')
    .fill('Prefers morning appointments; uses a walking frame.');
  await page.getByLabel('Registered GP practice ODS code').fill('Y90001');
  const needs = page.getByRole('group', { name: 'What do they need help with?' });
  for (const need of choices.needs) await needs.getByLabel(need, { exact: true }).check();
  const circumstances = page.getByRole('group', { name: 'Do any of these apply? (optional)' });
  for (const circumstance of choices.circumstances ?? [])
    await circumstances.getByLabel(circumstance, { exact: true }).check();
  await page.getByLabel('Reason for referral').fill(choices.reason);
  const consent = page.getByRole('group', { name: 'What has the person agreed to?' });
  await consent.getByLabel('They agree to be contacted by the social prescribing service').check();
  await consent
    .getByLabel('They agree their details can be shared with community services they are referred on to')
    .check();
  await consent.getByLabel('They agree the service can share updates with their GP').check();
  await page.getByRole('button', { name: 'Send referral' }).click();
  await page.waitForURL(/\/referrals\/[^/]+$/);
  await expectHeading(page, new RegExp(`${escapeRegExp(person.name)}$`));
  await expect
    .poll(() => page.getByRole('main').innerText())
    .toContain(choices.crisis ? 'This service cannot respond to a crisis' : 'Referral sent');
}

/** Opens one of the home page's cards ("Triage queue", "My caseload") and waits for the page's h1. */
export async function openFromHome(page: Page, card: string, heading: string | RegExp = card): Promise<void> {
  if (new URL(page.url()).pathname !== '/') await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: card, exact: true }).click();
  await expectHeading(page, typeof heading === 'string' ? new RegExp(`${escapeRegExp(heading)}$`) : heading);
}

/**
 * The link named `name` in a list paged by "Next page" links (triage queue, waiting list, caseload): the demo data
 * grows, so a new person may not be on the first page. Follows "Next page" until the link shows.
 */
export async function findInPagedList(page: Page, name: string | RegExp): Promise<Locator> {
  const main = page.getByRole('main');
  const link = main.getByRole('link', typeof name === 'string' ? { name, exact: true } : { name });
  for (let pages = 1; pages <= 20; pages++) {
    // Wait for this page's table (or the empty-list sentence) before deciding the link is not on it.
    await main
      .getByRole('table')
      .or(main.getByText(/There are no|No one is|You have no|You have not/))
      .first()
      .waitFor();
    if ((await link.count()) > 0) return link.first();
    const next = main.getByRole('link', { name: /^Next page/ });
    if ((await next.count()) === 0) break;
    const before = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error(`no link named ${String(name)} on ${page.url()} or the pages after it`);
}

/** Now on the browser's clock (Europe/London), as the case forms' date and time boxes take it. */
export function londonNow(offsetMinutes = 0): { day: string; month: string; year: string; time: string } {
  const at = new Date(Date.now() + offsetMinutes * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    day: parts.day ?? '',
    month: parts.month ?? '',
    year: parts.year ?? '',
    time: `${parts.hour}:${parts.minute}`,
  };
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
