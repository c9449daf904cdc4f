/** Launches Debian's Chromium through playwright-core and watches pages for errors a user would not see. */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium with no background traffic (the CI machine has no general network access). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// Chrome logs every 4xx response as a console error. Those are expected (401 before sign-in, 403 when refused);
// 5xx responses are not, and are caught separately below.
const EXPECTED_NETWORK_NOISE = /^Failed to load resource: the server responded with a status of 4\d\d\b/;

/**
 * Records console errors, uncaught exceptions, Content Security Policy violations and 5xx responses from the
 * app's own origin. A journey that passes while the page logs errors is not a pass.
 */
export function watchPage(page: Page, origin: string): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('Content Security Policy')) {
      problems.push(`CSP violation: ${text}`);
    } else if (message.type() === 'error' && !EXPECTED_NETWORK_NOISE.test(text)) {
      problems.push(`console error: ${text}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 500 && response.url().startsWith(origin)) {
      problems.push(`server error ${response.status()} from ${response.request().method()} ${response.url()}`);
    }
  });
  return { problems };
}

/**
 * Reports CSP violations the browser raises as DOM events (some are not logged to the console), by turning them
 * into console messages the watcher above picks up. Init scripts are injected by the browser, not by the page,
 * so the policy does not block them.
 */
export const CSP_REPORTER_SCRIPT = `
document.addEventListener('securitypolicyviolation', (event) => {
  console.error('Content Security Policy violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline'));
});
`;
