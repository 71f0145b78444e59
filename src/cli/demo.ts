/**
 * Demo data for `npm start` (training environment only): on an empty database a synthetic
 * population of 3 000 members, imported exactly like a migration from a legacy system, and one
 * demo user per kind of staff user. Real installations create users with `kassa user add`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { seedCases } from '../cases/demo';
import type { AppContext } from '../http/context';
import { type RoleGrant, systemPrincipal } from '../platform/auth/roles';
import { countUsers, createUser } from '../platform/auth/users';
import { generateToDirectory } from '../register/generate';
import { formatImportError, importDirectory } from '../register/import';
import { todayInOslo } from '../register/today';

export const DEMO_MEMBERS = 3000;
export const DEMO_PASSWORD = 'demo';

const actor = systemPrincipal('system:demo');

export async function seedDemo(ctx: AppContext): Promise<void> {
  if (ctx.config.env !== 'training') {
    ctx.logger.warn('demo data is loaded only in a training environment (KASSA_ENV=training)');
    return;
  }
  await seedPopulation(ctx);
  await seedUsers(ctx);
  await seedCases(ctx, DEMO_PASSWORD);
  await (await import('../payments/demo')).seedPayments(ctx);
  await (await import('../documents/demo')).seedLetters(ctx);
}

async function seedPopulation(ctx: AppContext) {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from person`.execute(ctx.db.kysely);
  if ((rows[0]?.n ?? 0) > 0) return;
  process.stdout.write(`Loading a demo population of ${DEMO_MEMBERS} synthetic members…\n`);
  const dir = mkdtempSync(join(tmpdir(), 'kassa-demo-'));
  try {
    const asOf = todayInOslo();
    generateToDirectory({ members: DEMO_MEMBERS, seed: 1, asOf }, dir);
    const result = await importDirectory(ctx.db, { dir, env: ctx.config.env, actor });
    if (!result.ok) {
      throw new Error(
        `the demo population was rejected:\n${result.errors.slice(0, 10).map(formatImportError).join('\n')}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function seedUsers(ctx: AppContext) {
  if ((await countUsers(ctx.db)) > 0) return;
  // The employer user sees the employer with the most memberships.
  const { rows } = await sql<{ orgnr: string }>`
    select e.orgnr from employer e join membership m on m.employer_id = e.id
    group by e.orgnr order by count(*) desc, e.orgnr limit 1`.execute(ctx.db.kysely);
  const orgnr = rows[0]?.orgnr ?? null;
  const users: { username: string; displayName: string; grants: RoleGrant[] }[] = [
    {
      username: 'saksbehandler',
      displayName: 'Sara Saksbehandler',
      grants: [{ role: 'case_handler', orgnr: null }],
    },
    { username: 'leder', displayName: 'Lars Leder', grants: [{ role: 'line_manager', orgnr: null }] },
    { username: 'admin', displayName: 'Ada Administrator', grants: [{ role: 'admin', orgnr: null }] },
  ];
  if (orgnr)
    users.push({
      username: 'arbeidsgiver',
      displayName: 'Arne Arbeidsgiver',
      grants: [{ role: 'employer', orgnr }],
    });
  for (const u of users) await createUser(ctx.db, actor, { ...u, password: DEMO_PASSWORD });
}
