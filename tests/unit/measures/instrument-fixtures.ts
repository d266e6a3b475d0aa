import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { InstrumentDefinition } from '../../../src/shared/domain/instruments';
import { countedItems, optionsOf } from '../../../src/shared/domain/instruments';
import { parseInstrumentText } from '../../../src/shared/domain/instrument-validation';
import type { Answers } from '../../../src/shared/domain/instrument-scoring';

export const INSTRUMENT_DIR = join(__dirname, '../../../resources/instruments');

export function shippedFiles(): string[] {
  return readdirSync(INSTRUMENT_DIR).filter((name) => name.endsWith('.json'));
}

export function shippedText(id: string): string {
  return readFileSync(join(INSTRUMENT_DIR, `${id}.json`), 'utf8');
}

export function shipped(id: string): InstrumentDefinition {
  const parsed = parseInstrumentText(shippedText(id));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.problems)}`);
  return parsed.definition;
}

/** Answers to every counted item whose values add up to `total` (filled item by item, no skip triggered). */
export function answersTotalling(definition: InstrumentDefinition, total: number): Answers {
  const answers: Answers = {};
  let left = total;
  for (const item of countedItems(definition)) {
    const values = optionsOf(definition, item)
      .map((option) => option.value)
      .sort((a, b) => a - b);
    const lowest = values[0]!;
    left -= lowest;
    answers[item.id] = lowest;
  }
  for (const item of countedItems(definition)) {
    const values = optionsOf(definition, item).map((option) => option.value);
    const highest = Math.max(...values);
    const raise = Math.min(left, highest - (answers[item.id] as number));
    answers[item.id] = (answers[item.id] as number) + raise;
    left -= raise;
  }
  if (left !== 0) throw new Error(`cannot reach ${total}`);
  return answers;
}

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
