import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * A case manager's caseload of 40 people as a clinic has them: long and short names, some going
 * by another name, every risk level, one to three flags, two programs, phones. Created through
 * the bridge the screens use (main checks each call as it would a person's).
 */
const FIRST = ['Ada', 'Benedict', 'Cleo', 'Devendra', 'Esmeralda', 'Finn', 'Gia', 'Hal', 'Ines', 'Jude'];
const LAST = [
  'Okafor',
  'Montgomery-Whitfield',
  'Ng',
  'Castellanos Rivera',
  'Lee',
  'Abernathy',
  'Diallo',
  'Van der Berg',
];
const RISKS = ['low', 'moderate', 'high', 'imminent', 'unknown'] as const;
const FLAG_SETS = [
  {},
  { safetyConcern: true },
  { householdUnaware: true, financialConcern: true },
  { safetyConcern: true, legalInvolvement: true, part2Protected: true },
];
const PROGRAMS = ['Adult Case Management', 'Housing Support'];

export const CASELOAD_SIZE = 40;

type Bridge = { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value: unknown }> };

export async function seedCaseload(page: Page): Promise<void> {
  const failures = await page.evaluate(
    async ({ size, first, last, risks, flagSets, programs }) => {
      const bridge = (window as unknown as { lantern: Bridge }).lantern;
      const failed: string[] = [];
      for (let index = 0; index < size; index += 1) {
        const day = String((index % 28) + 1).padStart(2, '0');
        const month = String((index % 12) + 1).padStart(2, '0');
        const created = await bridge.invoke('clients:create', {
          client: {
            legalFirstName: first[index % first.length],
            legalLastName: `${last[index % last.length]} ${String.fromCharCode(65 + (index % 26))}`,
            preferredName: index % 3 === 0 ? 'Sunny' : '',
            birthDate: `${1950 + (index % 50)}-${month}-${day}`,
            phones: [{ kind: 'mobile', number: `(555) ${String(200 + index)}-${String(1000 + index)}` }],
            enrollments: [{ program: programs[index % programs.length], status: 'active' }],
            flags: flagSets[index % flagSets.length],
          },
          duplicatesReviewed: true,
        });
        if (!created.ok) {
          failed.push(`create ${index}: ${JSON.stringify(created.value ?? created)}`);
          continue;
        }
        const { id } = created.value as { id: string };
        // "Unknown" is where every client starts; it is not set through the history.
        const level = risks[index % risks.length];
        if (level === 'unknown') continue;
        const risk = await bridge.invoke('assessments:setRisk', {
          clientId: id,
          level,
          reason: 'Reviewed with the client today.',
        });
        if (!risk.ok) failed.push(`risk ${index}: ${JSON.stringify(risk)}`);
      }
      return failed;
    },
    {
      size: CASELOAD_SIZE,
      first: FIRST,
      last: LAST,
      risks: RISKS,
      flagSets: FLAG_SETS,
      programs: PROGRAMS,
    },
  );
  expect(failures, 'every seeded client was created with its risk level').toEqual([]);
}

/** Calls main through the same bridge the screens use; main checks it like any other call. */
export async function invoke(page: Page, channel: string, input: unknown): Promise<unknown> {
  const answer = await page.evaluate(
    ([name, payload]) => (window as unknown as { lantern: Bridge }).lantern.invoke(name as string, payload),
    [channel, input] as const,
  );
  expect(answer.ok, `${channel}: ${JSON.stringify(answer)}`).toBe(true);
  return answer.value;
}

/** What a person sees of the caseload: whole rows in view, columns in view, sideways overflow. */
export interface CaseloadFit {
  viewport: { width: number; height: number };
  scrollWidth: number;
  clientWidth: number;
  rowsInView: number;
  columnsInView: string[];
  columnsCutOff: string[];
}

export async function measureCaseload(page: Page): Promise<CaseloadFit> {
  return page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('.caseload-scroll');
    if (!scroller) throw new Error('no caseload scroller');
    const box = scroller.getBoundingClientRect();
    const head = scroller.querySelector('thead')?.getBoundingClientRect();
    const top = Math.max(head?.bottom ?? box.top, 0);
    const bottom = Math.min(box.top + scroller.clientHeight, window.innerHeight);
    const right = Math.min(box.left + scroller.clientWidth, window.innerWidth);
    const rowsInView = [...scroller.querySelectorAll('tbody tr[data-index]')].filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.top >= top - 1 && rect.bottom <= bottom + 1;
    }).length;
    const columnsInView: string[] = [];
    const columnsCutOff: string[] = [];
    for (const th of scroller.querySelectorAll('thead th')) {
      const rect = th.getBoundingClientRect();
      const name = (th.textContent ?? '').replace(/[▲▼↕]/g, '').trim();
      (rect.left >= box.left - 1 && rect.right <= right + 1 ? columnsInView : columnsCutOff).push(name);
    }
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scrollWidth: scroller.scrollWidth,
      clientWidth: scroller.clientWidth,
      rowsInView,
      columnsInView,
      columnsCutOff,
    };
  });
}
