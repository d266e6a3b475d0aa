import ts from 'typescript';

/**
 * Reads main's source for the refusals a person can see and the catalogue sentence each names.
 * Syntax only (no type checker), so it is fast and reads one file at a time:
 *
 * - `new DomainError(code, message, fields, details)` and `super(...)` in a class that extends
 *   DomainError must pass `details` as an object literal with `messageKey`. A literal key is a
 *   `Refusal`; a key passed through (`messageKey: this.messageKey`) is allowed only in a function
 *   listed in `forwarders`, whose callers are then read instead.
 * - A call of a forwarder (`wrongState('errors.x', …)`, `new BackupError('errors.x', …)`) is a
 *   `Refusal` with the first `errors.*` argument as its key and the next object literal as its
 *   values. A forwarder whose key is required must be given one.
 */

export interface Refusal {
  where: string;
  /** The literal key, or a template's fixed start (`errors.backup_`) when `template`. */
  key: string;
  template: boolean;
  /** Names given beside the key (the values a sentence may fill in); null when a spread hides them. */
  values: string[] | null;
}

export interface Forwarder {
  /** Called as `name(...)` or `new name(...)`. */
  name: string;
  /** A caller must name a key (false when the forwarder has a default, e.g. `forbidden()`). */
  keyRequired: boolean;
  /** Values the forwarder adds itself (BackupError always sends `folder`). */
  adds?: string[];
}

export interface ScanResult {
  refusals: Refusal[];
  /** Places that throw a refusal without naming a sentence, with why. */
  unkeyed: string[];
}

const isDomainErrorClass = (node: ts.Node): boolean =>
  ts.isClassLike(node) &&
  (node.heritageClauses ?? []).some((clause) =>
    clause.types.some((type) => type.expression.getText() === 'DomainError'),
  );

function enclosingName(node: ts.Node): string {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if ((ts.isFunctionDeclaration(at) || ts.isClassDeclaration(at)) && at.name) return at.name.text;
    if (ts.isVariableDeclaration(at) && ts.isIdentifier(at.name)) return at.name.text;
  }
  return '(top level)';
}

function valuesOf(literal: ts.ObjectLiteralExpression): string[] | null {
  const names: string[] = [];
  for (const property of literal.properties) {
    if (ts.isSpreadAssignment(property)) return null;
    if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
      names.push(property.name.text);
  }
  return names;
}

type Key = { key: string; template: boolean };

/** The keys an expression can be: a literal, a template's fixed start, or each branch of `?:`. */
function keysOf(node: ts.Expression): Key[] | null {
  if (ts.isParenthesizedExpression(node)) return keysOf(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return node.text.startsWith('errors.') ? [{ key: node.text, template: false }] : null;
  if (ts.isTemplateExpression(node) && node.head.text.startsWith('errors.'))
    return [{ key: node.head.text, template: true }];
  if (ts.isConditionalExpression(node)) {
    const [yes, no] = [keysOf(node.whenTrue), keysOf(node.whenFalse)];
    return yes && no ? [...yes, ...no] : null;
  }
  return null;
}

export function scanRefusals(
  file: string,
  text: string,
  forwarders: readonly Forwarder[],
  forwardingSites: readonly string[],
): ScanResult {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const refusals: Refusal[] = [];
  const unkeyed: string[] = [];
  const where = (node: ts.Node) =>
    `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const forwards = (node: ts.Node) => forwardingSites.includes(`${file}#${enclosingName(node)}`);

  function domainError(node: ts.Node, args: readonly ts.Expression[]): void {
    const details = args[3];
    const messageKey =
      details && ts.isObjectLiteralExpression(details)
        ? details.properties.find((p) => p.name?.getText() === 'messageKey')
        : undefined;
    if (!details || !ts.isObjectLiteralExpression(details) || !messageKey) {
      unkeyed.push(`${where(node)} names no messageKey in its details`);
      return;
    }
    const keys = ts.isPropertyAssignment(messageKey) ? keysOf(messageKey.initializer) : null;
    if (keys)
      for (const key of keys) refusals.push({ where: where(node), ...key, values: valuesOf(details) });
    else if (!forwards(node))
      unkeyed.push(`${where(node)} passes a messageKey through but is not a listed forwarder`);
  }

  function forwarderCall(node: ts.Node, forwarder: Forwarder, args: readonly ts.Expression[]): void {
    const index = args.findIndex((arg) => keysOf(arg) !== null);
    if (index < 0) {
      if (forwarder.keyRequired && !forwards(node))
        unkeyed.push(`${where(node)} calls ${forwarder.name} without a key`);
      return;
    }
    const values = args.slice(index + 1).find(ts.isObjectLiteralExpression);
    const named = values ? valuesOf(values) : [];
    for (const key of keysOf(args[index] as ts.Expression) ?? [])
      refusals.push({
        where: where(node),
        ...key,
        values: named === null ? null : [...named, ...(forwarder.adds ?? [])],
      });
  }

  function visit(node: ts.Node): void {
    if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
      const callee = node.expression.getText();
      const args = node.arguments ?? [];
      if (ts.isNewExpression(node) && callee === 'DomainError') domainError(node, args);
      else if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
        const owner = ts.findAncestor(node, ts.isClassLike);
        if (owner && isDomainErrorClass(owner)) domainError(node, args);
      } else {
        const forwarder = forwarders.find((f) => f.name === callee);
        if (forwarder) forwarderCall(node, forwarder, args);
      }
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return { refusals, unkeyed };
}

/** The i18next placeholders of a sentence (`{{folder}}` → folder). */
export const placeholdersOf = (sentence: string): string[] =>
  [...sentence.matchAll(/\{\{\s*([\w.]+)[^{}]*\}\}/g)].map((match) => match[1] as string);
