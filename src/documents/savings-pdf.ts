/** The savings as a one-page PDF/A (same writer as the letters). */
import { composeLetter } from './compose/compose-letter';
import type { Block, LetterContent } from './compose/content';
import { renderPdf } from './pdf/render-pdf';
import type { Savings } from './savings';

const nok = (k: number) =>
  `${k.toLocaleString('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr`;

export async function savingsPdf(s: Savings, year: number | null): Promise<Buffer> {
  const base = composeLetter({
    type: 'free',
    data: { title: 'x', body: 'x' },
    recipient: { name: '', address: null },
    caseId: null,
    date: new Date().toISOString().slice(0, 10) as never,
  });
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: year
        ? `Digitale brev i ${year}, med kassens egne enhetskostnader.`
        : 'Planlagte digitale brev, med kassens egne enhetskostnader.',
    },
    ...s.rows.flatMap((r): Block[] => [
      { kind: 'heading', text: `${r.type}: ${r.letters.toLocaleString('nb-NO')} brev` },
      {
        kind: 'table',
        rows: [
          { label: 'Porto spart', value: nok(r.postage) },
          { label: 'Intern behandling spart', value: nok(r.internal) },
          { label: 'Sum', value: nok(r.total), strong: true },
        ],
      },
    ]),
    { kind: 'heading', text: 'Totalt' },
    {
      kind: 'table',
      rows: [
        { label: 'Sum besparelser', value: nok(s.total) },
        { label: 'Årlig driftskostnad', value: nok(-s.runningCost) },
        { label: 'Netto besparelse', value: nok(s.net), strong: true },
      ],
    },
  ];
  const content: LetterContent = {
    ...base,
    title: 'Besparelse ved digital post',
    subject: 'Besparelse ved digital post',
    blocks,
    closing: [],
  };
  return (await renderPdf(content, new Date())).pdf;
}
