import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Calls that append an audit entry, whose `details` object literal names the keys written. */
const AUDIT_CALLS = new Set(['audit', 'appendAudit', 'auditClientRead']);
/** `auditRecord(ctx, action, record, details)`: the details are the fourth argument. */
const RECORD_AUDIT = 'auditRecord';

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const calleeName = (call: ts.CallExpression): string | undefined =>
  ts.isIdentifier(call.expression)
    ? call.expression.text
    : ts.isPropertyAccessExpression(call.expression)
      ? call.expression.name.text
      : undefined;

/** The keys of an object literal, including those of spreads like `...(x ? { key: 1 } : {})`. */
function literalKeys(node: ts.Node): string[] {
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isConditionalExpression(node))
    return [...literalKeys(node.whenTrue), ...literalKeys(node.whenFalse)];
  if (!ts.isObjectLiteralExpression(node)) return [];
  return node.properties.flatMap((property) => {
    if (ts.isSpreadAssignment(property)) return literalKeys(property.expression);
    const name = property.name;
    return name && (ts.isIdentifier(name) || ts.isStringLiteral(name)) ? [name.text] : [];
  });
}

/** `details: { … }` anywhere inside `node` (an audit call's arguments, or an `audit:` callback). */
function detailsLiterals(node: ts.Node, found: string[]): void {
  if (
    ts.isPropertyAssignment(node) &&
    ts.isIdentifier(node.name) &&
    node.name.text === 'details' &&
    ts.isObjectLiteralExpression(node.initializer)
  )
    found.push(...literalKeys(node.initializer));
  ts.forEachChild(node, (child) => detailsLiterals(child, found));
}

/**
 * Every detail key that src/main writes into an audit entry as an object literal, with where:
 * `ctx.audit({ details: {…} })`, `appendAudit(db, { details })`, `auditClientRead(…, { details })`,
 * the `audit: () => ({ details })` of `changeClientFile`, and `auditRecord(…, {…})`. Details
 * built elsewhere (a settings change map, `auditedFields`) are listed by the test itself.
 */
export function auditDetailKeysWritten(mainDir: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const note = (key: string, where: string) => keys.set(key, [...(keys.get(key) ?? []), where]);
  for (const file of sourceFiles(mainDir)) {
    const text = readFileSync(file, 'utf8');
    if (!/audit/i.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = relative(mainDir, file);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const name = calleeName(node);
        const found: string[] = [];
        if (name && AUDIT_CALLS.has(name))
          node.arguments.forEach((argument) => detailsLiterals(argument, found));
        if (name === RECORD_AUDIT && node.arguments[3]) found.push(...literalKeys(node.arguments[3]));
        for (const key of found) note(key, where);
      }
      if (
        ts.isPropertyAssignment(node) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'audit' &&
        (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
      ) {
        const found: string[] = [];
        detailsLiterals(node.initializer, found);
        for (const key of found) note(key, where);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return keys;
}
