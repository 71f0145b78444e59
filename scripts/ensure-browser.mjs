#!/usr/bin/env node
// Makes sure the browser tests can run: Debian's Chromium installed, the web UI built.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = process.env.KASSA_CHROMIUM ?? '/usr/bin/chromium';

function sh(cmd) {
  const r = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`failed: ${cmd}`);
}

if (!fs.existsSync(CHROMIUM)) {
  process.stdout.write('Installing Debian chromium for the browser tests…\n');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  sh(
    `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq chromium > /dev/null`,
  );
}
sh('node scripts/build-web.mjs');
