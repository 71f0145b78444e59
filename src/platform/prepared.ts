/**
 * Hot statements kept prepared on PostgreSQL (issue #22, throughput). Planning the person read
 * costs several times its execution; a statement marked with PREPARED (a comment, so the same SQL
 * runs anywhere) is prepared once per connection under a name and then only bound and executed
 * (`platform/db.ts`). Mark only statements of a fixed shape whose best plan does not depend on the
 * values (look-ups by id, inserts): after five runs PostgreSQL may reuse one generic plan.
 */
import { sql } from 'kysely';

export const PREPARED_MARK = '/* kassa:prepared */';

/** For a select: `.modifyFront(PREPARED)`; in a `sql` template: `${PREPARED}`. */
export const PREPARED = sql.raw(PREPARED_MARK);
