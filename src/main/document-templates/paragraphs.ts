/**
 * The paragraphs of a WordprocessingML part as plain text: for the text preview of a filled
 * document, and to say in which paragraph a template's problem is. docxtemplater reports a
 * problem's place as an offset into the part's text (every `w:t` run's text, in order, as
 * written in the XML), so each paragraph also keeps where its text starts in that count.
 */

export interface ParagraphText {
  /** 1-based, counting every paragraph of the part (empty ones too, as Word shows them). */
  number: number;
  /** The paragraph's text as a reader sees it. */
  text: string;
  /** Where its text begins and ends in docxtemplater's count (XML-escaped characters). */
  start: number;
  end: number;
}

const PARAGRAPH = /<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g;
const TEXT_RUN = /<(w:t|m:t)(?:\s[^>]*)?>([^<]*)<\/\1>|<(?:w:tab|w:br|w:cr)\/>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Every paragraph of the part, in document order (a table's cells are paragraphs too). */
export function paragraphsOf(xml: string): ParagraphText[] {
  const found: ParagraphText[] = [];
  let offset = 0;
  let number = 0;
  for (const match of xml.matchAll(PARAGRAPH)) {
    number += 1;
    const start = offset;
    let text = '';
    for (const run of match[0].matchAll(TEXT_RUN)) {
      if (run[2] === undefined) {
        text += run[0].startsWith('<w:tab') ? '\t' : '\n';
        continue;
      }
      offset += run[2].length;
      text += unescapeXml(run[2]);
    }
    found.push({ number, text, start, end: offset });
  }
  return found;
}

/** The paragraph holding an offset docxtemplater reported (the last one for an offset past the end). */
export function paragraphAt(paragraphs: readonly ParagraphText[], offset: number): ParagraphText | null {
  const holding = paragraphs.find((p) => offset >= p.start && offset < p.end);
  if (holding) return holding;
  const before = paragraphs.filter((p) => p.start <= offset && p.text.trim() !== '');
  return before.at(-1) ?? paragraphs.at(-1) ?? null;
}

/** A paragraph's text shortened for a message: the place a person looks for in Word. */
export function excerptOf(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
