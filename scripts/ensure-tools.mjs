#!/usr/bin/env node
// Installs the Debian packages the tests use when they are missing: poppler-utils (`pdftoppm`,
// turning the key-figures PDF into PNG pages) for the database tests. Chromium for the browser
// tests: ensure-browser.mjs. Needs root or sudo; apt-get update runs first, as the registry asks.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function aptInstall(packages, why) {
  process.stdout.write(`Installing Debian ${packages.join(', ')} for ${why}…\n`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  const cmd = `${sudo}apt-get update -qq && DEBIAN_FRONTEND=noninteractive ${sudo}apt-get install -y -qq ${packages.join(' ')} > /dev/null`;
  const r = spawnSync('sh', ['-c', cmd], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`failed: ${cmd}`);
}

const onPath = (program) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && fs.existsSync(`${dir}/${program}`));

if (import.meta.url === `file://${process.argv[1]}` && !onPath('pdftoppm')) {
  aptInstall(['poppler-utils'], 'the PDF page checks');
}
// libxml2-utils (`xmllint`): the payment tests check the bank file against a schema fragment.
if (import.meta.url === `file://${process.argv[1]}` && !onPath('xmllint')) {
  aptInstall(['libxml2-utils'], 'the bank-file schema checks');
}
