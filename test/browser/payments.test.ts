/**
 * User story (issue #18 item 7): a payments officer signs in to the demo, opens Utbetalinger and
 * sees the paid months reconciled, the rejected payment in its queue and the recovery claim in
 * its queue, and opens a person's payment history from the queue — all in Norwegian.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from './support';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Utbetalinger (issue #18 item 7)', () => {
  it('a payments officer sees reconciled runs, the rejected payment and the recovery claim', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await page.goto(`${server.url}/logg-inn`);
    await page.getByLabel('Brukernavn').fill('utbetaling');
    await page.getByLabel('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('link', { name: 'Utbetalinger' }).click();
    await page.waitForURL('**/utbetalinger');

    const runs = page.getByTestId('payment-runs');
    await runs.waitFor();
    // Three months paid by the demo, each reconciled (entries balance, payments add up, file written).
    expect(await runs.locator('tbody tr').count()).toBe(3);
    expect(await runs.getByText('Avstemt', { exact: false }).count()).toBe(3);

    await page.getByRole('tab', { name: 'Avviste betalinger' }).click();
    const rejected = page.getByTestId('rejected-payments');
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('AC04');

    await page.getByRole('tab', { name: 'Tilbakekreving' }).click();
    const claims = page.getByTestId('recovery-claims');
    await claims.waitFor();
    expect(await claims.locator('tbody tr').count()).toBe(1);
    await claims.locator('tbody a').first().click();
    await page.waitForURL('**/utbetalinger/personer/*');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('Utbetalinger til');
    expect(await page.getByTestId('person-payment').count()).toBeGreaterThan(0);
    await context.close();
  }, 120_000);
});
