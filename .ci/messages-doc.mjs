#!/usr/bin/env node
/**
 * Writes the message-key table of `docs/i18n.md` from the English catalogue
 * (`packages/react/src/messages/en.ts`) and the JSDoc of `VitalsMessages`
 * (`packages/react/src/messages/types.ts`), between `<!-- messages:start -->` and
 * `<!-- messages:end -->`.
 *
 *   node .ci/messages-doc.mjs          rewrite the table
 *   node .ci/messages-doc.mjs --check  fail when the page is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MESSAGES = join(ROOT, 'packages/react/src/messages');
const PAGE = join(ROOT, 'docs/i18n.md');
const START = '<!-- messages:start -->';
const END = '<!-- messages:end -->';

/** The English catalogue, transpiled from source (it imports only types). */
async function englishCatalogue() {
  const source = readFileSync(join(MESSAGES, 'en.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`;
  return (await import(url)).messagesEn;
}

/** Each interface's members: name → { doc, type name }. */
function interfaceDocs() {
  const file = ts.createSourceFile(
    'types.ts',
    readFileSync(join(MESSAGES, 'types.ts'), 'utf8'),
    ts.ScriptTarget.ES2022,
    true,
  );
  const interfaces = new Map();
  file.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const members = new Map();
    for (const member of node.members) {
      if (!ts.isPropertySignature(member)) continue;
      const doc = ts
        .getJSDocCommentsAndTags(member)
        .map((d) => (typeof d.comment === 'string' ? d.comment : ''))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      members.set(member.name.getText(file), { doc, type: member.type?.getText(file) ?? '' });
    }
    interfaces.set(node.name.text, members);
  });
  return interfaces;
}

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const isPlural = (value) => typeof value === 'object' && 'other' in value;
const english = (value) =>
  typeof value === 'string'
    ? `\`${value}\``
    : Object.entries(value)
        .map(([form, text]) => `${form}: \`${text}\``)
        .join('<br>');

function rows(node, typeName, path, interfaces, inheritedDoc) {
  const members = interfaces.get(typeName) ?? new Map();
  return Object.entries(node).flatMap(([key, value]) => {
    const member = members.get(key) ?? { doc: '', type: '' };
    const doc = member.doc || inheritedDoc;
    const at = `${path}.${key}`;
    if (typeof value === 'string' || isPlural(value)) {
      return [`| \`${at}\` | ${cell(english(value))} | ${cell(doc)} |`];
    }
    return rows(value, member.type, at, interfaces, doc);
  });
}

async function table() {
  const catalogue = await englishCatalogue();
  const interfaces = interfaceDocs();
  const root = interfaces.get('VitalsMessages');
  const lines = [
    START,
    '<!-- Generated from packages/react/src/messages by `node .ci/messages-doc.mjs`; edit the catalogue and its JSDoc, not this table. -->',
    '',
  ];
  for (const [group, words] of Object.entries(catalogue)) {
    lines.push(`### \`${group}\``, '', '| key | English | what it is |', '|---|---|---|');
    lines.push(...rows(words, root.get(group).type, group, interfaces, ''), '');
  }
  lines.push(END);
  return lines.join('\n');
}

const page = readFileSync(PAGE, 'utf8');
const start = page.indexOf(START);
const end = page.indexOf(END);
if (start === -1 || end === -1) throw new Error(`${PAGE} has no ${START} … ${END} markers`);
const next = await prettier.format(
  `${page.slice(0, start)}${await table()}${page.slice(end + END.length)}`,
  { ...(await prettier.resolveConfig(PAGE)), filepath: PAGE },
);
if (process.argv.includes('--check')) {
  if (next !== page) {
    console.error('docs/i18n.md is stale: run `node .ci/messages-doc.mjs`');
    process.exit(1);
  }
} else {
  writeFileSync(PAGE, next);
}
