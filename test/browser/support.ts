/**
 * Browser-test support: a real Kassa server (`kassa start`, the demo in training) on a free
 * port with a fresh data folder, and Debian's Chromium driven by playwright-core.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium';

export interface RunningServer {
  url: string;
  dataDir: string;
  output(): string;
  /** Stops the server; the data folder is removed unless `keepData`. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node bin/kassa.js start` and waits until /api/health answers. With KASSA_BROWSER_URL
 * set the tests drive that already running server instead (e.g. `npm start` while developing).
 */
export async function startServer(timeoutMs = 170_000): Promise<RunningServer> {
  const external = process.env.KASSA_BROWSER_URL;
  if (external)
    return { url: external.replace(/\/$/, ''), dataDir: '', output: () => '', stop: async () => {} };
  if (!fs.existsSync(path.join(ROOT, 'web/dist/index.html')))
    throw new Error('web/dist is missing: run `node scripts/ensure-browser.mjs` first');
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-browser-'));
  // A copy of the demo seeded once by global-setup.ts: every file starts from the same fresh
  // demo without paying for the seeding again (`kassa start` seeds only an empty data folder).
  const template = process.env.KASSA_BROWSER_TEMPLATE;
  if (template) fs.cpSync(template, dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KASSA_DATA_DIR: dataDir,
    KASSA_LOG_LEVEL: process.env.KASSA_LOG_LEVEL ?? 'warn',
  };
  delete env.DATABASE_URL; // the demo runs on the embedded database
  delete env.KASSA_ENV; // `start` means training
  const child: ChildProcess = spawn(process.execPath, ['bin/kassa.js', 'start'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (options?: { keepData?: boolean }) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (!options?.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`kassa start exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`kassa start did not answer within ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, dataDir, output: () => log, stop };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
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

/** Calls the API as a demo user, for the test to learn real data before it drives the UI. */
export async function apiSession(baseUrl: string, username: string, password = 'demo') {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const { token } = (await res.json()) as { token: string };
  const call = async <T>(method: string, p: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${baseUrl}${p}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!r.ok) throw new Error(`${method} ${p}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
  return {
    get: <T>(p: string) => call<T>('GET', p),
    post: <T>(p: string, body: unknown) => call<T>('POST', p, body),
    patch: <T>(p: string, body: unknown) => call<T>('PATCH', p, body),
  };
}
