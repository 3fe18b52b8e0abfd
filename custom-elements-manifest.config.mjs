// custom-elements.json for @tongxin/forms and @tongxin/elements (cem analyze --litelement), from the
// elements' JSDoc and their `static properties`. Reactive state (`state: true`) and property-only
// fields (`attribute: false`) are no attributes; only `tx-*` events are public.
const hidden = new Map();

/** Reads `static properties = { name: { state: true } | { attribute: false }, … }` of each class. */
function litProperties() {
  return {
    name: 'tongxin-lit-properties',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name?.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const prop of member.initializer.properties) {
          if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
          const text = prop.initializer.getText();
          if (/state:\s*true/.test(text) || /attribute:\s*false/.test(text)) names.add(prop.name.getText());
        }
      }
      hidden.set(node.name.getText(), names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const own = hidden.get(decl.name) ?? new Set();
          const inherited = (decl.superclass && hidden.get(decl.superclass.name)) ?? new Set();
          const isHidden = (name) => own.has(name) || inherited.has(name);
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !isHidden(a.fieldName ?? a.name));
          if (decl.members) decl.members = decl.members.filter((m) => m.privacy !== 'private');
          if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('tx-'));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.fixtures.ts', 'src/**/*.d.ts'],
  litelement: true,
  plugins: [litProperties()],
};
