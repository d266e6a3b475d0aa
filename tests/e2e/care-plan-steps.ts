import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A call through the page's bridge, as the renderer makes it. */
export function invoke(
  page: Page,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    ({ channel: c, input: i }) =>
      (
        window as unknown as {
          lantern: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> };
        }
      ).lantern.invoke(c, i),
    { channel, input },
  );
}

/** The needs of the client's plan as main has them stored (the newest version). */
export async function storedNeeds(page: Page, clientId: string): Promise<{ text: string; part2: boolean }[]> {
  const answer = await invoke(page, 'carePlans:get', { clientId });
  const plan = (
    answer.value as {
      plan: { versions: { content: { needs: { text: string; part2: boolean }[] } }[] } | null;
    }
  ).plan;
  return plan?.versions.at(-1)?.content.needs ?? [];
}

/** A local calendar day, `offsetDays` from today (`YYYY-MM-DD`). */
export const localDate = (offsetDays = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The value of a bridge call that must succeed (the test fails with the answer otherwise). */
export async function expectOk(answer: Promise<{ ok: boolean; value?: unknown }>, what: string) {
  const result = await answer;
  expect(result.ok, `${what}: ${JSON.stringify(result)}`).toBe(true);
  return result.value;
}
