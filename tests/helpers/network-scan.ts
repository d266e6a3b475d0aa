import ts from 'typescript';

/**
 * Finds every way a source file could reach the network: an import (static, dynamic,
 * `require`, `export … from`) of a Node networking module or of Electron's `net`, and any
 * reference to the global `fetch`, `WebSocket`, `EventSource` or `XMLHttpRequest`.
 *
 * It reads the syntax tree, not the text, so a comment or a string that mentions "http" is not
 * a finding, and `options.fetch` (someone else's property) is not the global `fetch`.
 */

/** Node modules that open sockets or send packets (with or without the `node:` prefix). */
export const NETWORK_MODULES = ['net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'undici'];
/** Globals that make requests by themselves. */
export const NETWORK_GLOBALS = ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest'];
/** Objects through which a global can also be reached (`globalThis.fetch`). */
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'self', 'window']);
/** Electron's own network clients, imported by name from 'electron'. */
const ELECTRON_NETWORK_EXPORTS = new Set(['net', 'netLog']);

export interface NetworkFinding {
  line: number;
  what: string;
}

function networkModule(specifier: string): string | undefined {
  const bare = specifier.replace(/^node:/, '');
  const root = bare.split('/')[0] ?? bare; // 'dns/promises', 'undici/…'
  return NETWORK_MODULES.includes(root) ? bare : undefined;
}

/** Is this identifier a free reference (not a property name, label or declared name)? */
function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  if (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
  return true;
}

export function findNetworkUse(fileName: string, source: string): NetworkFinding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const findings: NetworkFinding[] = [];
  const report = (node: ts.Node, what: string) =>
    findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, what });

  const visit = (node: ts.Node): void => {
    // import … from 'x' / export … from 'x'
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
      const module = networkModule(specifier);
      if (module) report(node, `imports '${specifier}'`);
      if (specifier === 'electron' && ts.isImportDeclaration(node)) {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const imported = (element.propertyName ?? element.name).text;
            if (ELECTRON_NETWORK_EXPORTS.has(imported)) report(element, `imports Electron's '${imported}'`);
          }
        }
      }
    }
    // import x = require('x')
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression) && networkModule(expression.text))
        report(node, `imports '${expression.text}'`);
    }
    // import('x') / require('x'), also with a computed name: anything not a literal is suspect
    if (ts.isCallExpression(node)) {
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      if (isDynamicImport || isRequire) {
        const argument = node.arguments[0];
        if (argument && ts.isStringLiteralLike(argument)) {
          if (networkModule(argument.text)) report(node, `loads '${argument.text}'`);
        } else {
          report(node, 'loads a module whose name is computed at run time');
        }
      }
    }
    // fetch(…), new WebSocket(…)
    if (ts.isIdentifier(node) && NETWORK_GLOBALS.includes(node.text) && isFreeReference(node)) {
      report(node, `uses the global '${node.text}'`);
    }
    // globalThis.fetch, globalThis['fetch']
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const target = node.expression;
      const name = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : undefined;
      if (
        ts.isIdentifier(target) &&
        GLOBAL_OBJECTS.has(target.text) &&
        name &&
        NETWORK_GLOBALS.includes(name)
      )
        report(node, `uses '${target.text}.${name}'`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
