/**
 * User story (issue #6, item 3): the key-figures report page shows tables and charts for a
 * date, follows the date picker, offers downloads, and an employer user sees only its own
 * employer (and the totals) with the employer filter locked.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, launchBrowser, type RunningServer, startServer } from './support';

interface Counts {
  active: number;
  pensioners: number;
  former: number;
  total: number;
}
interface Report {
  date: string;
  membershipsByProvider: Record<string, Counts>;
  membershipsByEmployer: Record<string, Counts>;
  scope: { employers: string[] | null };
}

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

const lastYearEnd = () => `${new Date().getFullYear() - 1}-12-31`;
const digits = (s: string | null) => (s ?? '').replace(/\s/g, '');
const nb = (n: number) => digits(new Intl.NumberFormat('nb-NO').format(n));

async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/logg-inn`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill('demo');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/logg-inn'));
}

/** The text of the "Totalt" row of a report table. */
async function totalRow(page: Page, testId: string): Promise<string> {
  return digits(await page.getByTestId(testId).locator('tbody tr').last().textContent());
}

describe('key-figures report page (issue #6 item 3)', () => {
  it('shows the tables and charts for the last 31 December and follows the date picker', async () => {
    const api = await apiSession(server.url, 'leder');
    const date = lastYearEnd();
    const expected = await api.get<Report>(`/api/reports/key-figures?date=${date}`);
    const earlier = `${new Date().getFullYear() - 3}-12-31`;
    const expectedEarlier = await api.get<Report>(`/api/reports/key-figures?date=${earlier}`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, 'leder');
    await page.getByRole('link', { name: 'Rapporter' }).click();
    await page.waitForURL('**/rapporter/nokkeltall');
    await page.getByTestId('key-figures').waitFor();

    expect(await page.getByTestId('report-date').inputValue()).toBe(date);
    const total = expected.membershipsByProvider.total?.total ?? 0;
    expect(total).toBeGreaterThan(0);
    expect(await totalRow(page, 'table-by-provider')).toContain(
      `Totalt${nb(expected.membershipsByProvider.total?.active ?? 0)}`,
    );
    expect(await totalRow(page, 'table-by-provider')).toContain(nb(total));
    for (const id of [
      'table-by-employer',
      'table-pensions',
      'table-disability',
      'table-afp',
      'table-age',
      'table-finance',
    ])
      expect(await page.getByTestId(id).locator('tbody tr').count()).toBeGreaterThan(0);

    // The charts are drawn (SVG with bars), not just placeholders.
    const charts = page.getByTestId('chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(6);
    await expect.poll(() => charts.first().locator('svg path').count()).toBeGreaterThan(3);

    // Another date: the figures follow.
    await page.getByTestId('report-date').fill(earlier);
    await page.waitForURL(`**/rapporter/nokkeltall?dato=${earlier}`);
    const earlierActive = nb(expectedEarlier.membershipsByProvider.total?.active ?? 0);
    await expect.poll(() => totalRow(page, 'table-by-provider')).toContain(`Totalt${earlierActive}`);
    await context.close();
  });

  it('downloads the report as CSV with the bearer token', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, 'leder');
    await page.goto(`${server.url}/rapporter/nokkeltall`);
    await page.getByTestId('key-figures').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nokkeltall-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await download.failure()).toBeNull();
    // written in bokmål, like the page (issue #23 item 5)
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^Nøkkeltall,\d{4}-\d{2}-\d{2},Forrige dato,/);
    expect(csv).toContain('Medlemskap etter leverandør');

    // in English when English is chosen
    await page.evaluate(() => localStorage.setItem('kassa.language', 'en'));
    await page.reload();
    await page.getByTestId('key-figures').waitFor();
    const [english] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /CSV/ }).click(),
    ]);
    expect(english.suggestedFilename()).toMatch(/^key-figures-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(fs.readFileSync(await english.path(), 'utf8')).toContain('Memberships by provider');
    await context.close();
  });

  it('is readable: contents, figures that fold away, and an empty state for a date without data (issue #23 item 5)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'leder');
    await page.goto(`${server.url}/rapporter/nokkeltall`);
    await page.getByTestId('key-figures').waitFor();
    const contents = page.getByRole('navigation', { name: 'Innhold' });
    expect(await contents.getByRole('link').count()).toBe(10);
    await page.getByRole('button', { name: /Skjul.*Medlemmer etter status og arbeidsgiver/ }).click();
    const fold = page.locator('button[aria-controls="arbeidsgiver-body"]');
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('table-by-employer').isVisible()).toBe(false);
    expect(
      await page.locator('[data-testid="key-figures"] li', { hasText: 'Tallene er medlemskap' }).count(),
    ).toBe(1);
    await page.goto(`${server.url}/rapporter/nokkeltall?dato=1900-12-31`);
    await page.getByTestId('key-figures-empty').waitFor();
    await context.close();
  });

  it('an employer user sees only its own employer and the totals, with the filter locked', async () => {
    const api = await apiSession(server.url, 'arbeidsgiver');
    const expected = await api.get<Report>(`/api/reports/key-figures?date=${lastYearEnd()}`);
    const own = Object.keys(expected.membershipsByEmployer).filter((k) => k !== 'total');
    expect(own.length).toBe(1);

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'arbeidsgiver');
    await page.goto(`${server.url}/rapporter/nokkeltall`);
    await page.getByTestId('key-figures').waitFor();
    expect(await page.getByTestId('report-employer').isDisabled()).toBe(true);
    const rows = page.getByTestId('table-by-employer').locator('tbody tr');
    expect(await rows.count()).toBe(2); // the employer and the total
    expect(await rows.first().textContent()).toContain(own[0]);
    // The menu shows only what the employer role allows.
    expect(await page.getByRole('link', { name: 'Rapporter' }).count()).toBe(1);
    await context.close();
  });
});
