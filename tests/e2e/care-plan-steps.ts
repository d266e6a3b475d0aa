import type { Page } from '@playwright/test';

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
