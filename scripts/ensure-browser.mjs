#!/usr/bin/env node
// Makes sure the browser tests can run: Debian's Chromium installed, the web UI built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { aptInstall } from './ensure-tools.mjs';

export const CHROMIUM = process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium';

function sh(cmd) {
  const r = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`failed: ${cmd}`);
}

if (!fs.existsSync(CHROMIUM)) aptInstall(['chromium'], 'the browser tests');
sh('node scripts/build-web.mjs');
