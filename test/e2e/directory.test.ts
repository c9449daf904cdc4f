/**
 * The community directory, as its users live it: Jordan (link worker) searches on a phone-sized screen for an
 * Urdu-speaking group near a postcode, opens it, leaves a team note and reports a change; Chris (Lakeside
 * Community Hub) updates the capacity of a service the hub looks after; Morgan (manager) sees the change report.
 * Every page is scanned for accessibility.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/a11y.ts';
import { DEMO_USERS, expectHeading, signIn, signOut } from './support/auth.ts';
import { useE2E } from './support/e2e.ts';

const e2e = useE2E();
const URDU_GROUP = "Lakeside Women's Group (Urdu and Punjabi)";

test(
  'a worker finds a service, notes it and reports a change; its owner updates capacity; the manager sees the report',
  { timeout: 180_000 },
  async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    const tag = randomBytes(3).toString('hex');
    const noWiderThan320 = async () =>
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
        'no sideways scrolling at 320px',
      ).toBeLessThanOrEqual(320);

    await page.setViewportSize({ width: 320, height: 800 });
    await signIn(page, DEMO_USERS.worker.email);

    // From one of Jordan's cases, the search starts at the person's postcode and a service offers to refer them.
    const caseload = (await (await page.request.get('/api/schemes/demo/caseload')).json()) as {
      items: { caseId: string; patient: { id: string; name: string } }[];
    };
    const someone = caseload.items[0]!;
    const person = (await (await page.request.get(`/api/schemes/demo/cases/${someone.caseId}`)).json()) as {
      patient: { postcode: string | null; givenName: string; familyName: string };
    };
    await page.goto(`/directory?case=${someone.caseId}`);
    await expectHeading(page, 'Find a service');
    await expect
      .poll(() => main.innerText())
      .toContain(`Searching for ${person.patient.givenName} ${person.patient.familyName}`);
    if (person.patient.postcode) expect(await main.getByLabel('Postcode').inputValue()).toBe(person.patient.postcode);
    await main.getByLabel('Postcode').fill('LK1 2ZR');
    await main.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => main.innerText()).toMatch(/services? found/);
    await main.getByRole('link', { name: 'Lakeside Befriending' }).click();
    await expectHeading(page, 'Lakeside Befriending');
    const refer = main.getByRole('button', {
      name: `Refer ${person.patient.givenName} ${person.patient.familyName} to this service`,
    });
    expect(await refer.getAttribute('href')).toBe(
      `/cases/${someone.caseId}/onward-referrals/new?service=1a4e51de-5e00-4000-8000-000000000001`,
    );
    await page.goto('/');
    await expectHeading(page, DEMO_USERS.worker.home);
    await main.getByRole('link', { name: 'Find a service' }).click();
    await expectHeading(page, 'Find a service');
    await expectNoSeriousA11yViolations(page, 'directory search');

    // A distance without a postcode is named in the error summary, and nothing is searched.
    await main.getByLabel('Distance').selectOption('1');
    await main.getByRole('button', { name: 'Search' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await expect.poll(() => summary.innerText()).toMatch(/Enter the postcode to measure the distance from/);
    await expectNoSeriousA11yViolations(page, 'directory search with errors');

    await main.getByLabel('Need').selectOption({ label: 'Community language groups (3)' });
    await main.getByLabel('Language').selectOption({ label: 'Urdu' });
    await main.getByLabel('Postcode').fill('LK1 7FS');
    await main.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => main.innerText()).toMatch(/1 service found/);
    const results = main.getByRole('region', { name: /found/ });
    expect(await results.innerText()).toContain('Within 1 mile of LK1 7FS, nearest first.');
    expect(await results.innerText()).toContain('Taking people on');
    expect(await results.innerText()).toMatch(/0\.\d miles away/);
    expect(await results.innerText()).toContain('Lakeside Community Hub (on Linkwork');
    await expectNoSeriousA11yViolations(page, 'directory results');
    await noWiderThan320();

    await results.getByRole('link', { name: URDU_GROUP }).click();
    await expectHeading(page, URDU_GROUP);
    expect(await main.innerText()).toMatch(/Every Friday, 10:30am to 12:30pm/);
    expect(await main.innerText()).toContain('Urdu, Punjabi, English');
    await expectNoSeriousA11yViolations(page, 'service page');
    await noWiderThan320();

    // A team note: an empty one is refused by name; a real one shows with its author.
    await main.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => main.locator('.nhsuk-error-summary').innerText()).toMatch(/Enter the note/);
    await main.getByLabel('Add a note for your team').fill(`Ask for Samina at the door (${tag})`);
    await main.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => main.innerText()).toContain(`Ask for Samina at the door (${tag})`);
    expect(await main.innerText()).toContain('Jordan Evans');
    await expectNoSeriousA11yViolations(page, 'service page with a note');

    await main.getByRole('link', { name: 'Report a change to this service' }).click();
    await expectHeading(page, 'Report a change');
    await main.getByRole('button', { name: 'Send to the directory manager' }).click();
    await expect.poll(() => summary.innerText()).toMatch(/Select what is wrong/);
    expect(await summary.innerText()).toMatch(/Enter what is wrong/);
    await expectNoSeriousA11yViolations(page, 'report a change with errors');
    await main.getByLabel('The days or times are wrong').check();
    await main.getByLabel('Details').fill(`Now meets at 11am (${tag})`);
    await main.getByRole('button', { name: 'Send to the directory manager' }).click();
    await expectHeading(page, URDU_GROUP);
    expect(await main.innerText()).toContain('Change reported. The directory manager has been told.');
    await signOut(page);

    // Chris, of the hub that looks after Carers Together, says it is taking people on again.
    await signIn(page, DEMO_USERS.community.email);
    await main.getByRole('link', { name: 'Our services' }).click();
    await expectHeading(page, 'Our services');
    await expectNoSeriousA11yViolations(page, 'our services');
    await main.getByRole('link', { name: /^Carers Together/ }).click();
    await expectHeading(page, 'Edit Carers Together');
    await expectNoSeriousA11yViolations(page, 'edit service');
    await main.getByLabel('Email address').fill('not an email');
    await main.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => summary.innerText()).toMatch(/is not an email address/);
    await expectNoSeriousA11yViolations(page, 'edit service with errors');
    await main.getByLabel('Email address').fill('carers@lakeside-hub.example.org');
    await main.getByLabel('Taking people on', { exact: true }).check();
    await main.getByLabel('Capacity note (optional)').fill(`New volunteers trained (${tag})`);
    await main.getByLabel('I have checked these details and they are correct').check();
    await main.getByRole('button', { name: 'Save' }).click();
    await expectHeading(page, 'Our services');
    expect(await main.innerText()).toContain('Carers Together saved.');
    const carers = main.getByRole('listitem').filter({ hasText: 'Carers Together' });
    expect(await carers.innerText()).toContain('Taking people on');
    await noWiderThan320();
    const published = await page.request.get('/oruk/services/1a4e51de-5e00-4000-8000-000000000005');
    expect(((await published.json()) as { email: string }).email).toBe('carers@lakeside-hub.example.org');
    await signOut(page);

    // Morgan, the manager, sees Jordan's report among the directory changes.
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page, DEMO_USERS.manager.email);
    await main.getByRole('link', { name: 'Directory changes' }).click();
    await expectHeading(page, 'Directory changes');
    await expect.poll(() => main.innerText()).toContain(`Now meets at 11am (${tag})`);
    await expectNoSeriousA11yViolations(page, 'directory changes');
    await main
      .getByRole('listitem')
      .filter({ hasText: `Now meets at 11am (${tag})` })
      .getByRole('link', { name: /^Resolve/ })
      .click();
    await expectHeading(page, 'Resolve a change report');
    await main.getByRole('button', { name: 'Resolve' }).click();
    await expect.poll(() => summary.innerText()).toMatch(/Enter what was done/);
    await expectNoSeriousA11yViolations(page, 'resolve a change report with errors');
    await main.getByLabel('What was done?').fill('Updated the times with the group leader');
    await main.getByRole('button', { name: 'Resolve' }).click();
    await expectHeading(page, 'Directory changes');
    expect(await main.innerText()).toContain(`Resolved the report about ${URDU_GROUP}.`);
    await expect.poll(() => main.innerText()).not.toContain(`Now meets at 11am (${tag})`);
  },
);

test(
  'an administrator sees and changes which directory entries an organisation looks after',
  { timeout: 120_000 },
  async () => {
    const { page } = e2e;
    const main = page.getByRole('main');
    await signIn(page, DEMO_USERS.administrator.email);
    await page.goto('/admin/organisations?type=community_organisation');
    await expectHeading(page, 'Organisations');
    await main.getByRole('link', { name: 'Directory entries Lakeside Community Hub looks after' }).click();
    await expectHeading(page, 'Directory entries looked after');
    await expect.poll(() => main.innerText()).toContain("Lakeside Men's Shed (1 service)");
    expect(await main.innerText()).toContain('Lakeside Community Hub (3 services)');
    await expectNoSeriousA11yViolations(page, 'directory owners');

    await main.getByRole('button', { name: 'Find' }).click();
    await expect
      .poll(() => page.locator('.nhsuk-error-summary').innerText())
      .toMatch(/Enter part of the directory organisation/);
    await main.getByLabel('Name in the directory').fill('advice');
    await main.getByRole('button', { name: 'Find' }).click();
    await main.getByRole('button', { name: 'Add Lakeside Advice Centre' }).click();
    await expect
      .poll(() => main.getByRole('status').innerText())
      .toBe('Lakeside Community Hub now looks after Lakeside Advice Centre.');
    expect(await main.innerText()).toContain('Lakeside Advice Centre (1 service)');
    await expectNoSeriousA11yViolations(page, 'directory owners after adding');
    await main.getByRole('button', { name: 'Remove Lakeside Advice Centre' }).click();
    await expect
      .poll(() => main.getByRole('status').innerText())
      .toBe('Lakeside Community Hub no longer looks after Lakeside Advice Centre.');
  },
);
