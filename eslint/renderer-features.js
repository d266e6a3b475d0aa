import path from 'node:path';

/**
 * Renderer features (src/renderer/src/features/<name>/) stand alone: a piece two features need
 * lives in src/renderer/src/ui (components) or src/renderer/src/lib (hooks, helpers), so no
 * feature grows a hidden dependency on another's internals. `app/` wires features together and
 * may import any of them.
 */
const FEATURES = `${path.sep}src${path.sep}renderer${path.sep}src${path.sep}features${path.sep}`;

/** The feature folder a file belongs to, or null. */
function featureOf(file) {
  const at = file.lastIndexOf(FEATURES);
  if (at < 0) return null;
  return file.slice(at + FEATURES.length).split(path.sep)[0] ?? null;
}

const noCrossFeatureImports = {
  meta: {
    type: 'problem',
    docs: { description: 'A renderer feature imports no other feature (shared pieces: ui/ or lib/).' },
    messages: {
      crossFeature:
        "The '{{from}}' feature imports from the '{{to}}' feature. Move what both need to src/renderer/src/ui or src/renderer/src/lib.",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename);
    const from = featureOf(file);
    if (!from) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = featureOf(path.resolve(path.dirname(file), source));
      if (to && to !== from) context.report({ node, messageId: 'crossFeature', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : null),
    };
  },
};

export const rendererPlugin = { rules: { 'no-cross-feature-imports': noCrossFeatureImports } };

/** The renderer's structure rules, kept in one block of eslint.config.js. */
export const rendererStructure = [
  {
    files: ['src/renderer/src/features/**/*.ts', 'src/renderer/src/features/**/*.tsx'],
    plugins: { 'lantern-renderer': rendererPlugin },
    rules: { 'lantern-renderer/no-cross-feature-imports': 'error' },
  },
  {
    // app/ may refresh the status when a session event arrives; nothing else invalidates by hand.
    files: ['src/renderer/src/**/*.ts', 'src/renderer/src/**/*.tsx'],
    ignores: ['src/renderer/src/lib/invalidation.ts', 'src/renderer/src/app/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // What a call makes stale is declared once, in lib/invalidation.ts, and applied by
          // useLanternMutation: a screen that invalidates by hand is how the table drifts.
          selector: "CallExpression[callee.property.name='invalidateQueries']",
          message:
            'Declare what a channel makes stale in src/renderer/src/lib/invalidation.ts instead of calling invalidateQueries in a feature.',
        },
      ],
    },
  },
];
