/** `kassa user add`: create a staff user with roles (the first administrator of a new installation). */
import type { Command } from 'commander';
import { z } from 'zod';
import { ROLES, systemPrincipal } from '../platform/auth/roles';
import { loadConfig } from '../platform/config';
import { invalidInput } from '../platform/errors';
import { UsageError } from './exit';

const Options = z.object({
  username: z.string().min(1),
  name: z.string().min(1),
  role: z.array(z.enum(ROLES)).min(1),
  orgnr: z
    .string()
    .regex(/^\d{9}$/, 'must be 9 digits')
    .optional(),
});

export function userCommand(program: Command) {
  const user = program.command('user').description('Manage staff users');
  user
    .command('add')
    .description('Create a user; the password is read from KASSA_NEW_PASSWORD')
    .requiredOption('--username <name>', 'sign-in name')
    .requiredOption('--name <display name>', 'the name shown in the UI')
    .requiredOption('--role <role...>', `one or more of: ${ROLES.join(', ')}`)
    .option('--orgnr <orgnr>', 'limit the roles to this employer')
    .action(async (raw: unknown) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) {
        throw new UsageError(
          parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'),
        );
      }
      const o = parsed.data;
      const password = process.env.KASSA_NEW_PASSWORD;
      if (!password)
        throw invalidInput([{ path: 'KASSA_NEW_PASSWORD', message: 'set the new password here' }]);
      const [{ openContext }, { createUser }] = await Promise.all([
        import('../platform/runtime'),
        import('../platform/auth/users'),
      ]);
      const ctx = await openContext(loadConfig());
      try {
        const id = await createUser(ctx.db, systemPrincipal('kassa-cli'), {
          username: o.username,
          displayName: o.name,
          password,
          grants: o.role.map((role) => ({ role, orgnr: o.orgnr ?? null })),
        });
        process.stdout.write(`user ${o.username} created (id ${id})\n`);
      } finally {
        await ctx.db.close();
      }
    });
}
