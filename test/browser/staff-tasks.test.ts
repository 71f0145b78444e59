/**
 * Each role's main task in the browser (issue #23): the administrator grants and revokes a role;
 * the case handler finds a member from the start page and runs a calculation; the employer lists
 * its members; the line manager reads the key figures; the letters pages (#19) and the operations
 * page (#21). Every page they pass is checked with axe
 * at desktop and phone size: no violation of serious or critical impact, no sideways scrolling.
 * One server and one sign-in per role for the whole file.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, launchBrowser, ROOT, type RunningServer, startServer } from './support';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const POLL = { timeout: 15_000 };
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

let server: RunningServer;
let browser: Browser;
const sessions = new Map<string, BrowserContext>();

beforeAll(async () => {
  // The daily print batch every minute (a schedule is configuration): the letters pages get a real
  // batch and the operations page a job that ran, without waiting for 14:00 on a weekday.
  const before = process.env.KASSA_SCHEDULE_PRINT_BATCH;
  process.env.KASSA_SCHEDULE_PRINT_BATCH = '* * * * *';
  try {
    server = await startServer();
  } finally {
    if (before === undefined) delete process.env.KASSA_SCHEDULE_PRINT_BATCH;
    else process.env.KASSA_SCHEDULE_PRINT_BATCH = before;
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const c of sessions.values()) await c.close();
  await browser?.close();
  await server?.stop();
});

/** A signed-in browser context per demo user, made once (the token lives in sessionStorage, so it is copied into each new page). */
async function pageAs(username: string): Promise<Page> {
  let context = sessions.get(username);
  if (!context) {
    context = await browser.newContext({ viewport: SIZES.desktop, locale: 'nb-NO' });
    sessions.set(username, context);
    const page = await context.newPage();
    await page.goto(`${server.url}/logg-inn`);
    await page.getByLabel('Brukernavn').fill(username);
    await page.getByLabel('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/logg-inn'));
    const token = await page.evaluate(() => sessionStorage.getItem('kassa.token'));
    await context.addInitScript((t) => {
      if (t && !sessionStorage.getItem('kassa.token')) sessionStorage.setItem('kassa.token', t);
    }, token);
    return page;
  }
  return context.newPage();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe on the page as it is and returns the serious and critical violations, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run({ resultTypes: ['violations'] })).violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Opens a page at both sizes, waits for what shows it is ready, and checks it. */
async function checkPage(page: Page, url: string, ready: (p: Page) => Promise<unknown>) {
  for (const [name, size] of Object.entries(SIZES)) {
    await page.setViewportSize(size);
    await page.goto(`${server.url}${url}`);
    await ready(page);
    const title = await page.title();
    expect(title, `${url}: a page title of its own`).toMatch(/ – Kassa$/);
    expect(await seriousViolations(page), `${url} at ${name} size`).toEqual([]);
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth, `${url} at ${name} size: no sideways scrolling`).toBeLessThanOrEqual(clientWidth);
  }
  await page.setViewportSize(SIZES.desktop);
}

describe('the administrator grants and revokes a role', () => {
  it('grants the approver role to the case handler with a reason, sees it in the role history, and revokes it', async () => {
    const page = await pageAs('admin');
    await page.goto(`${server.url}/admin/brukere`);
    await page.getByTestId('users').getByRole('link', { name: 'Sara Saksbehandler' }).click();
    await page.getByTestId('user-name').waitFor();
    // focus moved to the page's heading on navigation
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    const form = page.getByTestId('grant-form');
    await form.getByLabel('Rolle').selectOption('approver');
    await form.getByLabel('Begrunnelse').fill('Attestant fra 1. januar');
    await form.getByRole('button', { name: 'Gi rollen' }).click();
    const grants = page.getByTestId('grants');
    await expect.poll(() => grants.textContent(), POLL).toContain('Attestant');

    await grants.getByRole('button', { name: 'Fjern rollen Attestant' }).click();
    await grants.getByLabel('Hvorfor fjernes rollen Attestant?').fill('Vikariatet er over');
    await grants.getByRole('button', { name: 'Fjern', exact: true }).click();
    await expect.poll(() => grants.textContent(), POLL).not.toContain('Attestant');

    const history = page.getByTestId('role-history');
    await expect.poll(() => history.textContent(), POLL).toContain('Vikariatet er over');
    // the server agrees
    const api = await apiSession(server.url, 'admin');
    const { users } = await api.get<{ users: { username: string; roles: { role: string }[] }[] }>(
      '/api/users',
    );
    expect(users.find((u) => u.username === 'saksbehandler')?.roles.map((r) => r.role)).toEqual([
      'case_handler',
    ]);
    await page.close();
  });

  it('every administration page passes axe at desktop and phone size', async () => {
    const page = await pageAs('admin');
    await checkPage(page, '/admin/brukere', (p) => p.getByTestId('users').waitFor());
    await checkPage(page, '/admin/roller', (p) => p.getByTestId('empty-roles').waitFor());
    const api = await apiSession(server.url, 'admin');
    const { users } = await api.get<{ users: { id: number; username: string }[] }>('/api/users');
    const sara = users.find((u) => u.username === 'saksbehandler');
    await checkPage(page, `/admin/brukere/${sara?.id}`, (p) => p.getByTestId('role-history').waitFor());
    await page.close();
  });
});

describe('the case handler finds a member and runs a calculation', () => {
  it('searches from the start page, opens the member, runs an old-age calculation and reads the trace', async () => {
    const page = await pageAs('saksbehandler');
    await page.goto(`${server.url}/`);
    const search = page.getByLabel('Søk etter medlem');
    await search.waitFor();
    // the start page puts the focus in the search field
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe('member-query');
    await search.fill('Hansen');
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    const results = page.getByTestId('search-results');
    await results.waitFor();
    expect(await page.getByTestId('search-count').textContent()).toMatch(/Treff 1–\d+ av \d+/);

    // the search survives a reload
    await page.reload();
    await results.waitFor();
    expect(new URL(page.url()).searchParams.get('sok')).toBe('Hansen');

    await results.getByRole('link').first().click();
    await page.getByTestId('member-summary').waitFor();
    expect(await page.getByTestId('member-age').textContent()).toMatch(/\d+ år/);
    await page.getByRole('tab', { name: 'Handlinger' }).click();
    await page.waitForURL(/fane=handlinger/);
    await page.getByTestId('calc-form').getByRole('button', { name: 'Beregn' }).click();
    const result = page.getByTestId('calc-result');
    await result.waitFor();
    expect(await page.getByTestId('calc-amount').textContent()).toMatch(/i året|ikke rett/);
    // the rules engine's explanation in bokmål, not its English trace texts (issue #23)
    const explained = page.getByTestId('calc-trace');
    expect(await explained.locator('li').count()).toBeGreaterThan(2);
    expect(await explained.getAttribute('lang')).toBe('nb');
    expect(await explained.textContent()).toMatch(/Vilkår/);
    expect(await explained.textContent()).not.toMatch(/\b(age limit|service|eligibility)\b/);

    // the chosen tab is in the address: a reload keeps it
    await page.reload();
    await page.getByTestId('calc-form').waitFor();

    // back to the search, results still there
    await page.goBack();
    await page.goBack();
    await page.getByTestId('search-results').waitFor();
    await page.close();
  });

  it('the start page, search and every member tab pass axe at desktop and phone size', async () => {
    const api = await apiSession(server.url, 'saksbehandler');
    const { results } = await api.post<{ results: { id: number }[] }>('/api/persons/search', {
      query: 'Olsen',
      limit: 1,
    });
    const id = results[0]?.id;
    const page = await pageAs('saksbehandler');
    await checkPage(page, '/', (p) => p.getByTestId('recent-members').waitFor());
    await checkPage(page, '/?sok=Olsen&formal=case_handling', (p) =>
      p.getByTestId('search-results').waitFor(),
    );
    await checkPage(page, '/medlemmer?sok=zzzqqq&formal=case_handling', (p) =>
      p.getByTestId('search-hints').waitFor(),
    );
    await checkPage(page, `/medlemmer/${id}`, (p) => p.getByTestId('member-summary').waitFor());
    await checkPage(page, `/medlemmer/${id}?fane=medlemskap`, (p) => p.getByTestId('memberships').waitFor());
    await checkPage(page, `/medlemmer/${id}?fane=pensjoner`, (p) => p.getByTestId('pensions').waitFor());
    await checkPage(page, `/medlemmer/${id}?fane=handlinger`, (p) => p.getByTestId('calc-form').waitFor());
    await checkPage(page, `/medlemmer/${id}?fane=historikk`, (p) => p.getByTestId('history').waitFor());
    await checkPage(page, '/arbeidsgivere', (p) => p.getByTestId('employers').waitFor());
    await page.close();
  });
});

describe('the employer lists its members', () => {
  it('sees its own members, not the search, filters by status and pages', async () => {
    const page = await pageAs('arbeidsgiver');
    await page.goto(`${server.url}/medlemmer`);
    const table = page.getByTestId('employer-members');
    await table.waitFor();
    const total = Number((await page.getByTestId('member-count').textContent())?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(0);
    await page.getByTestId('status-filter').selectOption('pensioner');
    await page.waitForURL(/status=pensioner/);
    await expect
      .poll(async () => [...new Set(await table.locator('tbody tr td:nth-child(3)').allTextContents())], POLL)
      .toEqual(['Pensjonist']);
    await checkPage(page, '/medlemmer', (p) => p.getByTestId('employer-members').waitFor());
    await checkPage(page, '/', (p) => p.getByTestId('shortcuts').waitFor());
    await page.close();
  });
});

describe('the line manager reads the key figures', () => {
  it('opens the key figures from the start page and they pass axe at both sizes', async () => {
    const page = await pageAs('leder');
    await page.goto(`${server.url}/`);
    await page.getByTestId('shortcuts').getByRole('link', { name: 'Rapporter' }).click();
    await page.getByTestId('key-figures').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nøkkeltall');
    await checkPage(page, '/rapporter/nokkeltall', (p) => p.getByTestId('key-figures').waitFor());
    await page.close();
  });
});

/** Asks the API until `found` gives a value (the delivery loop and the schedules run on their own). */
async function until<T>(what: string, look: () => Promise<T | undefined>, ms = 150_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await look();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${ms / 1000} s for ${what}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

interface LetterRow {
  id: number;
  title: string;
  state: string;
  channel: string | null;
  receipts: { kind: string }[];
}

describe('letters and digital mail (issue #19 item 7)', () => {
  it("a member's letters show delivery status and receipts; the queue, print batches, volumes and savings; axe at both sizes", async () => {
    const api = await apiSession(server.url, 'saksbehandler');
    // the demo orders letters to the first members; the delivery loop sends them through the stand-ins
    const queue = await until('the undeliverable queue', async () => {
      const q = await api.get<{ personId: number; recipientName: string }[]>('/api/letters/undeliverable');
      return q.length > 0 ? q : undefined;
    });
    // the demo's letters go to the first members of the register (ids from the undeliverable queue's)
    const first = Math.min(...queue.map((q) => q.personId));
    const [personId, delivered] = await until('a letter on its way', async () => {
      for (let id = Math.max(1, first - 3); id < first + 40; id++) {
        const letters = await api.get<LetterRow[]>(`/api/persons/${id}/letters`).catch(() => []);
        const l = letters.find((x) => x.channel !== null && x.state !== 'new');
        if (l) return [id, l] as const;
      }
      return undefined;
    });

    const page = await pageAs('saksbehandler');
    await page.goto(`${server.url}/medlemmer/${personId}?fane=brev`);
    const table = page.getByTestId('member-letters');
    await table.waitFor();
    const row = table.locator('tbody tr', { hasText: delivered.title }).first();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(delivered.channel === 'digital' ? 'Digital postkasse' : 'Papir');
    expect(text).toMatch(/Venter|Sendes|Mottatt|Levert|Åpnet|utskrift|Kan ikke leveres/);
    expect(text).not.toMatch(/\b(delivered|accepted|digital|paper|pending|print)\b/);
    // each receipt the server holds, in words with its time
    expect(await row.locator('td').nth(4).locator('li').count()).toBeGreaterThanOrEqual(
      delivered.receipts.length,
    );
    await checkPage(page, `/medlemmer/${personId}?fane=brev`, (p) =>
      p.getByTestId('member-letters').waitFor(),
    );

    // the undeliverable queue: the recipients without an address or mailbox, by name
    await page.goto(`${server.url}/brev`);
    await page.getByRole('tab', { name: 'Kan ikke leveres' }).click();
    const undeliverable = page.getByTestId('letters-queue');
    await undeliverable.waitFor();
    expect(await undeliverable.locator('tbody tr').count()).toBeGreaterThanOrEqual(queue.length);
    expect(await undeliverable.textContent()).toContain(queue[0]?.recipientName ?? '?');
    await checkPage(page, '/brev', async (p) => {
      await p.getByRole('tab', { name: 'Kan ikke leveres' }).click();
      await p.getByTestId('letters-queue').waitFor();
    });

    // volumes by type and channel this year (the demo's annual statements went out now), and the savings
    await page.getByRole('tab', { name: 'Volum og besparelse' }).click();
    await page.getByTestId('letters-year').fill(String(new Date().getFullYear()));
    const volumes = page.getByTestId('letter-volumes');
    await volumes.waitFor();
    expect(await volumes.textContent()).toContain('Årsoppgave');
    await page.getByTestId('compute-savings').click();
    const savings = page.getByTestId('letter-savings');
    await savings.waitFor();
    expect(await savings.locator('tbody tr').count()).toBeGreaterThan(0);
    await checkPage(page, '/brev', async (p) => {
      await p.getByRole('tab', { name: 'Volum og besparelse' }).click();
      await p.getByTestId('letter-volumes').waitFor();
      await p.getByTestId('compute-savings').click();
      await p.getByTestId('letter-savings').waitFor();
    });
    // the print batches (the day's batch is scheduled every minute here, once letters wait for print):
    // the page lists what the server has
    const batches = await until(
      'a print batch',
      async () => {
        const list = await api.get<{ id: number; letters: number }[]>('/api/letters/print-batches');
        return list.length > 0 ? list : undefined;
      },
      60_000,
    ).catch(() => [] as { id: number; letters: number }[]);
    await page.goto(`${server.url}/brev`);
    if (batches.length === 0) {
      await page.getByText('Ingen utskriftsbunker ennå.').waitFor();
    } else {
      const table = page.getByTestId('print-batches');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(batches.length);
      expect(await table.locator('tbody tr').first().textContent()).toContain(String(batches[0]?.letters));
    }
    await checkPage(page, '/brev', (p) => p.getByRole('tab', { name: 'Utskriftsbunker' }).waitFor());

    await page.close();
  }, 420_000);
});

describe('operations (issue #21 item 3)', () => {
  it('the administrator sees jobs by state, the job that ran, and the schedules with their next run; axe at both sizes', async () => {
    const api = await apiSession(server.url, 'admin');
    await until('a print batch job that ran', async () => {
      const { jobs } = await api.get<{ jobs: { queue: string }[] }>('/api/ops/jobs?state=completed');
      return jobs.find((j) => j.queue === 'letters.print-batch');
    });
    const page = await pageAs('admin');
    await page.goto(`${server.url}/drift?tilstand=completed`);
    const jobs = page.getByTestId('ops-jobs');
    await jobs.waitFor();
    expect(await jobs.textContent()).toContain('letters.print-batch');
    // every state has its button with a count; the chosen one is in the address
    const failed = page.getByRole('radio', { name: /^Feilet \(\d+\)$/ });
    expect(await failed.count()).toBe(1);
    await page.locator('label', { has: failed }).click(); // the radio's visible button
    await page.waitForURL(/tilstand=failed/);
    const schedules = page.getByTestId('ops-schedules');
    expect(await schedules.textContent()).toContain('Daglig utskriftsbunke');
    expect(await schedules.textContent()).toContain('* * * * *');
    expect(await schedules.textContent()).toContain('Installert');
    await checkPage(page, '/drift?tilstand=completed', (p) => p.getByTestId('ops-jobs').waitFor());
    await checkPage(page, '/drift', (p) => p.getByTestId('ops-schedules').waitFor());
    await page.close();
  }, 300_000);
});

describe('signing in, delivery', () => {
  it('the sign-in page passes axe at both sizes', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await checkPage(page, '/logg-inn', (p) => p.getByLabel('Brukernavn').waitFor());
    await context.close();
  });

  it('serves the scripts compressed and cached for good, the page itself revalidated', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${server.url}/medlemmer`)).headers.get('cache-control')).toBe('no-cache');
  });
});
