import path from 'node:path';

/**
 * Where a file sits, for the `console/layers` rule: null for files no zone covers (configs, tools).
 * A feature's model/ is a zone of its own within the feature: the mock may import it, so it carries no UI. Its
 * i18n/ (the catalogs) belongs to that zone: the schemas' messages are in it, and the mock says them too.
 */
export function zoneOf(file) {
  if (/^src\/main(\.tsx)?$/.test(file)) return { name: 'src/main.tsx', layer: 'main' };
  const feature = file.match(/^src\/features\/([^/]+)(\/(?:model|i18n)(?:\/|$))?/);
  if (feature) {
    const name = `features/${feature[1]}`;
    return feature[2]
      ? { name: `${name}/model`, layer: 'model', feature: name }
      : { name, layer: 'feature', feature: name };
  }
  const top = file.match(/^(?:src\/(app|shared)|(mocks|tests))(\/|$)/);
  if (top) return { name: top[1] ?? top[2], layer: top[1] ?? top[2] };
  return file.startsWith('src/') ? { name: 'src', layer: 'src' } : null;
}

/** Why `from` may not import `to`, or undefined when it may. */
export function forbidden(from, to) {
  if (to.layer === 'tests' && from.layer !== 'tests') return 'tests are not part of the console or its mock';
  if (from.layer === 'tests') return undefined;
  if (from.layer === 'mocks') {
    if (to.layer === 'mocks' || to.layer === 'shared' || to.layer === 'model') return undefined;
    return "the mock imports only shared code and a module's model, never its UI";
  }
  if (to.layer === 'mocks' && from.layer !== 'main') return 'only main.tsx loads the mock backend';
  if (from.layer === 'shared' && to.layer !== 'shared') return 'shared code serves every feature';
  if (from.layer === 'model' && !(to.layer === 'shared' || to.name === from.name))
    return 'a model imports only shared code and its own model, as the mock imports it';
  if ((from.layer === 'feature' || from.layer === 'model') && to.feature !== from.feature) {
    if (to.layer === 'app' || to.layer === 'main' || to.feature) return 'features stay independent';
  }
  return undefined;
}

/**
 * Dependencies flow one way: shared -> features -> app, and nothing in the console imports tests/. The mock
 * (mocks/) imports shared code and modules' models only; src/ reaches mocks/ only from main.tsx's guarded
 * start-up import; tests/ may import anything but is imported by nothing outside it.
 */
export const layers = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { forbidden: '{{from}} may not import {{to}}: {{why}}' },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const from = zoneOf(path.relative(root, context.filename).split(path.sep).join('/'));
    if (!from) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string') return;
      let target;
      if (spec.startsWith('@/')) target = 'src/' + spec.slice(2);
      else if (spec.startsWith('@mocks/')) target = 'mocks/' + spec.slice(7);
      else if (spec.startsWith('.'))
        target = path
          .relative(root, path.resolve(path.dirname(context.filename), spec))
          .split(path.sep)
          .join('/');
      else return;
      const to = zoneOf(target);
      if (!to || to.name === from.name) return;
      const why = forbidden(from, to);
      if (why) context.report({ node, messageId: 'forbidden', data: { from: from.name, to: to.name, why } });
    };
    return {
      ImportDeclaration: check,
      ImportExpression: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
