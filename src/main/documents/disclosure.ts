import type { Recipient, RecordKind } from '../../shared/domain/access';
import type { AccessPolicy } from '../access/policy';
import type { Block } from './engine/blocks';
import { paragraph } from './engine/blocks';
import type { DocumentText } from './text';

/** What a document left out of one kind, for the person making it (never printed for Part 2). */
export interface WithheldCount {
  kind: RecordKind;
  count: number;
}

/**
 * What this person may put into one client's document for one recipient, asked of the access
 * policy once per kind of record, and what was included and left out. A definition asks
 * `may(kind)` before it adds anything of that kind, and `withheld(kind, count)` for the line
 * that says what is missing and why.
 *
 * Part 2 is special twice over: the redisclosure notice goes on the document only when Part 2
 * information is actually in it (`includePart2`), and the line about withheld Part 2 information
 * never gives a count and is printed whether or not there is any — "2 items withheld under 42 CFR
 * Part 2" on a letter to a landlord would itself disclose that the client is in substance-use
 * treatment. The count is kept for the person making the document (`withheldCounts`).
 */
export class DocumentDisclosure {
  private readonly verdicts = new Map<RecordKind, boolean>();
  private readonly counts = new Map<RecordKind, number>();
  private part2 = false;

  constructor(
    private readonly policy: AccessPolicy,
    readonly clientId: string,
    readonly recipient: Recipient,
  ) {}

  may(kind: RecordKind): boolean {
    let allowed = this.verdicts.get(kind);
    if (allowed === undefined) {
      allowed = this.policy.mayDisclose(this.clientId, kind, this.recipient);
      this.verdicts.set(kind, allowed);
    }
    return allowed;
  }

  /** Refuses the whole document (the policy's own refusal) unless every one of `kinds` may go. */
  requireAll(kinds: readonly RecordKind[]): void {
    for (const kind of kinds) this.policy.requireDisclosure(this.clientId, kind, this.recipient);
  }

  /** Part 2 information went into the document: it must carry the notice. */
  includePart2(): void {
    if (!this.may('part2')) throw new Error('Part 2 information added to a document that may not carry it.');
    this.part2 = true;
  }

  get part2Included(): boolean {
    return this.part2;
  }

  /**
   * Notes that `count` items of `kind` were left out, and returns the line that says so (none
   * when nothing was left out — except for Part 2, see above).
   */
  withheld(kind: RecordKind, count: number, text: DocumentText): Block[] {
    if (count > 0) this.counts.set(kind, (this.counts.get(kind) ?? 0) + count);
    if (kind === 'part2') return this.may('part2') ? [] : [paragraph(text.t('withheld.part2'), 'muted')];
    return count > 0 ? [paragraph(text.t('withheld.clinical', { count }), 'muted')] : [];
  }

  get withheldCounts(): WithheldCount[] {
    return [...this.counts].map(([kind, count]) => ({ kind, count }));
  }
}
