import type { BuiltInDocumentId } from '../../shared/domain/documents';
import type { RecordKind } from '../../shared/domain/access';
import type { Language } from '../../shared/domain/languages';

/**
 * A document made and ready to be shown, saved, printed or kept: the bytes and what the Documents
 * tab and the audit say about it. Built-in PDFs (documents/render.ts) and filled Word templates
 * (document-templates/) both end as one of these, held as a preview (previews.ts) until the person
 * saves, prints or keeps it.
 */
export interface PreparedDocument {
  clientId: string;
  source: 'built_in' | 'template';
  /** The built-in definition, for `built_in`. */
  definitionId: BuiltInDocumentId | null;
  /** The clinic template and the version filled, for `template`. */
  templateId: string | null;
  templateVersion: number | null;
  title: string;
  /** Without the client's name or number (see documentTitleSchema). */
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  pageCount: number | null;
  language: Language;
  recipient: 'client' | 'other';
  /** 42 CFR Part 2 information is in it (and so is the redisclosure notice). */
  part2Included: boolean;
  /**
   * How many items of each kind the policy kept out, for the person who made it (the preview may
   * say so). Never printed for Part 2 (see documents/disclosure.ts). Absent: nothing was counted.
   */
  withheld?: readonly { kind: RecordKind; count: number }[];
}
