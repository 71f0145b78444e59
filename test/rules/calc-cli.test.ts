/** `kassa calc` (contracts/calc.md): one JSON request, and JSON Lines with a bad line in the middle. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const kassa = (args: string[], input: string) =>
  spawnSync('node', [path.join(root, 'bin/kassa.js'), 'calc', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    cwd: root,
  });

const request = {
  benefit: 'old_age',
  date: '2025-04-01',
  person: { birthDate: '1958-03-14', ageLimit: 70 },
  employments: [{ from: '1995-01-01', to: '2024-12-31', positionPct: 100, annualSalary: 600000 }],
};

describe('kassa calc', () => {
  it('answers one request from standard input with the calc.md JSON, exit 0', () => {
    const r = kassa(['--input', '-'], JSON.stringify(request));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      annualAmount: 396000,
      monthlyAmount: 33000,
      eligible: true,
    });
  }, 60_000);

  it("--explain nb adds the member's explanation in bokmål, also in JSON Lines with --no-trace (issue #20)", () => {
    const one = kassa(['--input', '-', '--explain', 'nb'], JSON.stringify(request));
    expect(one.status).toBe(0);
    const answer = JSON.parse(one.stdout);
    expect(answer.trace.length).toBeGreaterThan(0);
    expect(answer.explanation.summary).toContain('396\u00a0000 kroner i året');
    const lines = kassa(['--jsonl', '--no-trace', '--explain', 'nb'], `${JSON.stringify(request)}\n`);
    expect(lines.status).toBe(0);
    const line = JSON.parse(lines.stdout.trim());
    expect(line.trace).toBeUndefined();
    expect(line.explanation.basis[0]).toBe('Opptjeningstiden din i ordningen er 30 år.');
    const bad = kassa(['--input', '-', '--explain', 'xx'], JSON.stringify(request));
    expect(bad.status).toBe(1);
  }, 60_000);

  it('rejects an invalid request naming the field, exit 1', () => {
    const r = kassa(['--input', '-'], JSON.stringify({ ...request, drawingPct: 0 }));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors[0].path).toBe('drawingPct');
  }, 60_000);

  it('JSON Lines: one answer per line in order, a bad line answers {line, errors}, exit 1', () => {
    const lines = [
      JSON.stringify({ ...request, trace: false }),
      '{not json',
      JSON.stringify({ ...request, person: { birthDate: '1958-03-14', ageLimit: 99 } }),
      JSON.stringify({ ...request, drawingPct: 50, trace: false }),
    ].join('\n');
    const r = kassa(['--jsonl'], `${lines}\n`);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].annualAmount).toBe(396000);
    expect(out[0].trace).toBeUndefined();
    expect(out[1]).toMatchObject({ line: 2 });
    expect(out[2]).toMatchObject({ line: 3, errors: [{ path: 'person.ageLimit' }] });
    expect(out[3].annualAmount).toBe(198000);
  }, 60_000);

  it('JSON Lines over worker threads: the same answers in the same order as in one thread, bad lines numbered', () => {
    // Over 2 MB of input, so the command starts its workers (from the second 1 MB batch on).
    const lines: string[] = [];
    for (let i = 0; i < 12000; i++) {
      const salary = 300000 + i * 37;
      const line = JSON.stringify({
        ...request,
        employments: [{ ...request.employments[0], annualSalary: salary }],
        trace: i % 500 === 0,
      });
      lines.push(i === 4321 ? '{"benefit": "old_age"' : i === 7000 ? '' : line);
    }
    const input = `${lines.join('\n')}\n`;
    expect(input.length).toBeGreaterThan(2 << 20);
    const one = kassa(['--jsonl', '--workers', '0'], input);
    const two = kassa(['--jsonl', '--workers', '2'], input);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const out = two.stdout.trim().split('\n');
    expect(out).toHaveLength(11999); // the blank line 7001 has no answer
    expect(JSON.parse(out[4321] as string)).toMatchObject({ line: 4322 });
    expect(JSON.parse(out[11998] as string).annualAmount).toBe(Math.round((300000 + 11999 * 37) * 0.66));
  }, 120_000);

  it('JSON Lines into a file (written from one reused buffer) and from a file: the same bytes as through a pipe; a line longer than a read batch is answered', () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++)
      lines.push(
        JSON.stringify({
          ...request,
          employments: [{ ...request.employments[0], annualSalary: 300000 + i }],
          trace: false,
        }),
      );
    // Over 64 KB in one line (the read batch): the buffer grows; the line is not a request.
    lines[1500] = `{"benefit": "${'x'.repeat(100_000)}`;
    const input = `${lines.join('\n')}\n`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kassa-calc-'));
    try {
      const inFile = path.join(dir, 'in.jsonl');
      fs.writeFileSync(inFile, input);
      const piped = kassa(['--jsonl', '--workers', '0'], input);
      const outFile = path.join(dir, 'out.jsonl');
      const fd = fs.openSync(outFile, 'w');
      const r = spawnSync(
        'node',
        [path.join(root, 'bin/kassa.js'), 'calc', '--input', inFile, '--workers', '1'],
        {
          stdio: ['ignore', fd, 'pipe'],
          cwd: root,
        },
      );
      fs.closeSync(fd);
      expect(r.status).toBe(1);
      const written = fs.readFileSync(outFile, 'utf8');
      expect(written).toBe(piped.stdout);
      const out = written.trim().split('\n');
      expect(out).toHaveLength(3000);
      expect(JSON.parse(out[1500] as string)).toMatchObject({ line: 1501, errors: [{ path: '' }] });
      expect(JSON.parse(out[2999] as string).annualAmount).toBe(Math.round((300000 + 2999) * 0.66));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
