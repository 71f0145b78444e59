/**
 * Every configured schedule (issue #21: the monthly payment run, the daily print batch, reminders of
 * cases on hold) has a handler in this installation, so none is silently never scheduled.
 */
import { describe, expect, it } from 'vitest';
import { JOB_MODULES } from '../../src/cli/job-handlers';
import type { AppContext } from '../../src/platform/context';
import { SCHEDULES } from '../../src/platform/jobs/config';
import { JobRegistry } from '../../src/platform/jobs/registry';

describe('job handlers', () => {
  it('handle every schedule, each queue once', () => {
    const registry = new JobRegistry();
    // Registering reads nothing from the context; the handlers use it only when a job runs.
    for (const module of JOB_MODULES) module(registry, {} as AppContext);
    const queues = registry.list().map((r) => r.queue);
    expect(new Set(queues).size).toBe(queues.length);
    expect(queues.sort()).toEqual(Object.keys(SCHEDULES).sort());
  });
});
