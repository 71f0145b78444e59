// The floor for `kassa calc` JSON Lines (issue #20): the least a program must do per request —
// read the file in chunks, JSON.parse each line, compute the old-age formula (calendar months,
// part-time, 66 % × years / 30 of the capped salary), JSON.stringify an answer of the same shape
// and write it — with no validation, no parameters by date, no reasons in words, no rounding rules.
// Plain JavaScript, so it pays no TypeScript loader. Usage: node _bare-calc-loop.mjs IN OUT
import fs from 'node:fs';

const [input, output] = process.argv.slice(2);
const out = fs.openSync(output, 'w');
const G = 124028;

function months(from, to) {
  const y = (s) => +s.slice(0, 4);
  const m = (s) => +s.slice(5, 7);
  const d = (s) => +s.slice(8, 10);
  let n = (y(to) - y(from)) * 12 + m(to) - m(from);
  if (d(to) + 1 < d(from)) n--;
  return n;
}

function answer(r) {
  let units = 0;
  let weighted = 0;
  let salary = 0;
  for (const e of r.employments) {
    const u = months(e.from, e.to);
    units += u;
    weighted += u * e.positionPct;
    salary = e.annualSalary;
  }
  units += (r.otherServiceYears ?? 0) * 12;
  const years = Math.min(30, Math.floor((units + 6) / 12));
  const avg = units ? weighted / units / 100 : 0;
  const gross = Math.round(Math.min(salary, 12 * G) * avg * 0.66 * (years / 30));
  return {
    benefit: r.benefit,
    date: r.date,
    eligible: true,
    reasons: ['born', 'age', 'service', 'member'],
    annualAmount: gross,
    monthlyAmount: Math.round(gross / 12),
    components: { gross },
    parameters: {
      G,
      capG: 12,
      fullServiceYears: 30,
      fullPensionPct: 66,
      forholdstallStatus: 'not-published',
    },
    provisional: true,
  };
}

let rest = '';
let text = '';
// Synchronous chunked read: the floor pays for no streams either.
const fd = fs.openSync(input, 'r');
const buf = Buffer.alloc(1 << 20);
for (let n = fs.readSync(fd, buf); n > 0; n = fs.readSync(fd, buf)) {
  text = rest + buf.toString('utf8', 0, n);
  const end = text.lastIndexOf('\n');
  rest = text.slice(end + 1);
  let batch = '';
  for (let start = 0; start < end; ) {
    let stop = text.indexOf('\n', start);
    if (stop < 0 || stop > end) stop = end;
    const line = text.slice(start, stop);
    start = stop + 1;
    if (line) batch += `${JSON.stringify(answer(JSON.parse(line)))}\n`;
  }
  fs.writeSync(out, batch);
}
if (rest) fs.writeSync(out, `${JSON.stringify(answer(JSON.parse(rest)))}\n`);
fs.closeSync(out);
