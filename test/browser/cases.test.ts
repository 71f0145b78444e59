/**
 * User story (issue #17): a customer handler registers an old-age application; the case handler
 * (`saksbehandler`) takes it through every stage in the browser — preparing, assessing,
 * calculating, the decision — and registers time; a second person, the approver (`attestant`),
 * approves it; the pension is then on the member page with the calculated amount. The case
 * pages pass axe's WCAG 2 A/AA checks, and the first step is taken with the keyboard.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, launchBrowser, type RunningServer, startServer } from './support';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

interface Hit {
  id: number;
  birthDate: string;
  deathDate: string | null;
}
interface Detail {
  memberships: {
    kind: string;
    employments: { annualSalary: number | null }[];
    pensions: unknown[];
  }[];
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

async function signIn(page: Page, username: string) {
  await page.goto(`${server.url}/logg-inn`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill('demo');
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/logg-inn'));
}

/**
 * WCAG 2 A and AA rules of axe-core on the page as it is now: the capability's content. The shell's
 * header is left out here: its active menu link fails colour contrast (reported to the shell's owner).
 */
async function axe(page: Page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(c: unknown, o: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
      };
    };
    const r = await w.axe.run(
      { exclude: [['.kassa-header']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
    );
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  expect(violations).toEqual([]);
}

/** A demo member past 67, with salary history, no pension and no case yet. */
async function findApplicant(api: Awaited<ReturnType<typeof apiSession>>) {
  const today = new Date().toISOString().slice(0, 10);
  const limit = `${Number(today.slice(0, 4)) - 68}${today.slice(4)}`;
  for (const name of [
    'Hansen',
    'Olsen',
    'Larsen',
    'Johansen',
    'Andersen',
    'Pedersen',
    'Nilsen',
    'Berg',
    'Haugen',
  ]) {
    const { results } = await api.post<{ results: Hit[] }>('/api/persons/search', { query: name, limit: 25 });
    for (const hit of results) {
      if (hit.deathDate || hit.birthDate > limit || hit.birthDate < '1950-01-01') continue;
      const p = await api.get<Detail>(`/api/persons/${hit.id}`);
      const own = p.memberships.filter((m) => m.kind === 'own');
      if (!own.some((m) => m.employments.some((e) => e.annualSalary))) continue;
      if (p.memberships.some((m) => m.pensions.length > 0)) continue;
      const cases = await api.get<{ total: number }>(
        `/api/cases?personId=${hit.id}&status=received,decided,withdrawn`,
      );
      if (cases.total === 0) return hit.id;
    }
  }
  throw new Error('no demo member fits an old-age application');
}

const firstOfNextMonth = () => {
  const d = new Date();
  const y = d.getUTCMonth() === 11 ? d.getUTCFullYear() + 1 : d.getUTCFullYear();
  const m = (d.getUTCMonth() + 1) % 12;
  return `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

describe('an old-age application through every stage, two people, in the browser', () => {
  it('is handled by the case handler, approved by the approver, and the pension is on the member', async () => {
    const reception = await apiSession(server.url, 'kundebehandler');
    const personId = await findApplicant(await apiSession(server.url, 'saksbehandler'));
    const claimedFrom = firstOfNextMonth();
    const created = await reception.post<{ id: number; status: string }>('/api/cases', {
      type: 'old_age',
      personId,
      claimedFrom,
      source: 'member',
      note: 'Søknad via nettskjema',
    });
    expect(created.status).toBe('received');
    const id = created.id;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page = await context.newPage();
    await signIn(page, 'saksbehandler');

    // The unassigned queue lists the new case; the handler opens it.
    await page.goto(`${server.url}/saker?ko=unassigned`);
    const row = page.locator(`[data-case-id="${id}"]`);
    await row.waitFor();
    await axe(page);
    await row.getByRole('link', { name: String(id) }).click();
    await page.waitForURL(`**/saker/${id}`);
    await expect.poll(() => page.getByTestId('case-status').textContent()).toBe('Mottatt');
    await axe(page);

    // Taking the case with the keyboard.
    await page.getByRole('button', { name: 'Ta saken' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('case-assignee').textContent()).toBe('Sara Saksbehandler');

    const status = (s: string) => expect.poll(() => page.getByTestId('case-status').textContent()).toBe(s);
    await page.getByRole('button', { name: 'Gå videre til Klargjøring' }).click();
    await status('Klargjøring');
    await page.getByRole('button', { name: 'Hent tjenestetid fra registeret' }).click();
    await expect
      .poll(() => page.getByTestId('service-history').locator('tbody tr').count())
      .toBeGreaterThan(0);
    expect(await page.getByTestId('service-history').textContent()).toContain('Registeret');

    await page.getByRole('button', { name: 'Gå videre til Vilkårsprøving' }).click();
    await status('Vilkårsprøving');
    await page.getByRole('button', { name: 'Vurder vilkårene' }).click();
    await expect.poll(() => page.getByTestId('conditions').textContent()).toContain('eligibility:old_age');

    await page.getByRole('button', { name: 'Gå videre til Beregning' }).click();
    await status('Beregning');
    await page.getByRole('button', { name: 'Beregn', exact: true }).click();
    await page.getByTestId('calc-annual').waitFor();
    await axe(page);

    // The amount shown is the stored calculation's.
    const api = await apiSession(server.url, 'saksbehandler');
    const stored = await api.get<{ calculations: { result: { annualAmount: number; eligible: boolean } }[] }>(
      `/api/cases/${id}`,
    );
    const result = stored.calculations[0]?.result;
    expect(result?.eligible).toBe(true);
    const annual = result?.annualAmount ?? 0;
    const money = (n: number) => `kr ${n.toLocaleString('nb-NO').replace(/\s/g, ' ')}`;
    const shown = ((await page.getByTestId('calc-annual').textContent()) ?? '').replace(/\s/g, ' ');
    expect(shown).toBe(money(annual));
    await page.getByTestId('calculations').getByText('Slik er beløpet regnet ut').click();
    expect(await page.getByTestId('calc-trace').locator('li').count()).toBeGreaterThan(3);

    // Minutes by hand, then the decision.
    await page.getByLabel('Minutter').fill('25');
    await page.getByRole('button', { name: 'Registrer tid' }).click();
    await expect.poll(() => page.getByTestId('time-total').textContent()).toBe('Totalt 25 minutter');
    await page.getByLabel('Begrunnelse', { exact: true }).fill('Vilkårene for alderspensjon er oppfylt.');
    await page.getByRole('button', { name: 'Send til attestering' }).click();
    await status('Til attestering');
    await context.close();

    // The approver, a second person, approves it.
    const context2 = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const page2 = await context2.newPage();
    await signIn(page2, 'attestant');
    await page2.goto(`${server.url}/saker?ko=approval`);
    await page2
      .locator(`[data-case-id="${id}"]`)
      .getByRole('link', { name: String(id) })
      .click();
    await page2.waitForURL(`**/saker/${id}`);
    await page2.getByTestId('approval').waitFor();
    await axe(page2);
    await page2.getByRole('button', { name: 'Attester vedtaket' }).click();
    await expect.poll(() => page2.getByTestId('case-status').textContent()).toBe('Vedtatt');
    const history = (await page2.getByTestId('case-history').textContent()) ?? '';
    for (const step of [
      'Registrert',
      'Tatt',
      'Tjenestetid klargjort',
      'Vilkår vurdert',
      'Beregnet',
      'Vedtak foreslått',
      'Attestert',
    ])
      expect(history).toContain(step);

    // The pension is on the member page with the calculated amount.
    await page2.getByTestId('case-member').click();
    await page2.waitForURL(`**/medlemmer/${personId}`);
    await page2.getByRole('tab', { name: 'Pensjoner' }).click();
    const pensions = page2.getByTestId('pensions');
    await pensions.waitFor();
    const text = ((await pensions.textContent()) ?? '').replace(/\s/g, ' ');
    expect(text).toContain('Alderspensjon');
    expect(text).toContain(money(annual));
    await context2.close();
  });
});
