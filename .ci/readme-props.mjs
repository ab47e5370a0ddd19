#!/usr/bin/env node
/**
 * Writes the props tables of `packages/react/README.md` from the TypeScript types, between
 * `<!-- props:start -->` and `<!-- props:end -->`.
 *
 *   node .ci/readme-props.mjs          rewrite the tables
 *   node .ci/readme-props.mjs --check  fail, naming each component, when the README is stale
 *
 * A component is any capitalised function exported from `packages/react/src/index.ts` whose first
 * parameter's type is also exported (its props type). Each prop's row gives its name, its type as written in
 * the source (`| undefined` dropped: an optional prop says so in the name column), its `@default`
 * and its JSDoc description. Both modes fail when a prop has no description, so the table never
 * shows an undocumented prop.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = join(ROOT, 'packages/react');
const ENTRY = join(PACKAGE, 'src/index.ts');
const README = join(PACKAGE, 'README.md');
const START = '<!-- props:start -->';
const END = '<!-- props:end -->';
/** Types longer than this are shortened (union members dropped from the end, then `…`). */
const MAX_TYPE_LENGTH = 72;

function program() {
  const configPath = join(PACKAGE, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  // Read sibling packages from source, so the tables do not depend on a prior build.
  const paths = {
    '@vitals/metrics': [join(ROOT, 'packages/metrics/src/index.ts')],
    '@vitals/metrics/react': [join(ROOT, 'packages/metrics/src/react.ts')],
  };
  // No global @types (node, vite, jest-dom): the props types import what they use.
  return ts.createProgram([ENTRY], { ...config.options, paths, types: [], noEmit: true });
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

/** A type node's text without `undefined` members (`T | undefined` → `T`). */
function typeNodeText(node, source) {
  if (ts.isUnionTypeNode(node)) {
    const kept = node.types.filter((member) => member.kind !== ts.SyntaxKind.UndefinedKeyword);
    return kept.map((member) => typeNodeText(member, source)).join(' | ');
  }
  if (ts.isParenthesizedTypeNode(node) && ts.isUnionTypeNode(node.type)) {
    return `(${typeNodeText(node.type, source)})`;
  }
  return squash(node.getText(source));
}

/** Splits `A | B | (C | D)` into top-level members. */
function topLevelMembers(text) {
  const members = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if ('([{<'.includes(char)) depth += 1;
    else if (')]}>'.includes(char) && text[index - 1] !== '=') depth -= 1;
    else if (char === '|' && depth === 0) {
      members.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  members.push(text.slice(start).trim());
  return members.filter(Boolean);
}

function shorten(text) {
  if (text.length <= MAX_TYPE_LENGTH) return text;
  const members = topLevelMembers(text);
  if (members.length < 2) return text;
  let shown = members[0];
  for (const member of members.slice(1)) {
    if (`${shown} | ${member} | …`.length > MAX_TYPE_LENGTH) break;
    shown = `${shown} | ${member}`;
  }
  return `${shown} | …`;
}

function propType(checker, symbol) {
  const declaration = symbol.valueDeclaration ?? symbol.declarations?.[0];
  // A member of a generic props interface (e.g. `SurveyBreakdownProps<TResult>`) is printed as the
  // checker instantiates it for this component (`NpsResult`, not `TResult`).
  const parameters = declaration?.parent?.typeParameters?.map((parameter) => parameter.name.text);
  const written =
    declaration && ts.isPropertySignature(declaration) && declaration.type
      ? typeNodeText(declaration.type, declaration.getSourceFile())
      : null;
  const generic = parameters?.some((name) => new RegExp(`\\b${name}\\b`).test(written ?? ''));
  if (written !== null && !generic) return shorten(written);
  if (declaration && ts.isMethodSignature(declaration)) {
    const source = declaration.getSourceFile();
    const parameters = declaration.parameters.map((parameter) => squash(parameter.getText(source)));
    const returns = declaration.type ? squash(declaration.type.getText(source)) : 'void';
    return shorten(`(${parameters.join(', ')}) => ${returns}`);
  }
  // Mapped or computed members have no written type: print the checker's, without import paths.
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
  const text = checker.typeToString(
    type,
    declaration,
    ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope,
  );
  return shorten(text.replace(/import\("[^"]*"\)\./g, ''));
}

/** `'throw'` → code; `'throw' (the error state lists bad rows)` → code, then the words. */
function defaultText(raw) {
  const text = squash(raw);
  if (!text) return '';
  const literal = String.raw`'[^']*'|"[^"]*"|-?\d[\d_.]*|true|false|null|undefined|\[[^\]]*\]|\{\}|[A-Z][A-Z0-9_]+|[a-z][A-Za-z0-9]*`;
  const match = new RegExp(`^(${literal})(?:\\s+(\\(.*\\)))?$`).exec(text);
  if (match) return match[2] ? `\`${match[1]}\` ${match[2]}` : `\`${match[1]}\``;
  return text;
}

/** Table cell text: `|` escaped, and `<` outside code spans written as an entity. */
function cell(text) {
  return text
    .split('`')
    .map((part, index) => (index % 2 === 0 ? part.replace(/</g, '&lt;') : part))
    .join('`')
    .replace(/\|/g, '\\|');
}

function docText(checker, symbol) {
  return squash(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
}

function tagText(checker, symbol, name) {
  const tag = symbol.getJsDocTags(checker).find((candidate) => candidate.name === name);
  return tag ? ts.displayPartsToString(tag.text ?? []) : undefined;
}

/** Properties of a props type; for a union of shapes, every member's, optional unless in all. */
function propsOf(checker, type) {
  if (!type.isUnion()) {
    return checker.getPropertiesOfType(type).map((symbol) => ({ symbol, required: undefined }));
  }
  const byName = new Map();
  for (const member of type.types) {
    for (const symbol of checker.getPropertiesOfType(member)) {
      const entry = byName.get(symbol.name) ?? { symbol, count: 0 };
      entry.count += 1;
      byName.set(symbol.name, entry);
    }
  }
  return [...byName.values()].map(({ symbol, count }) => ({
    symbol,
    required: count === type.types.length ? undefined : false,
  }));
}

/** Every exported component with its props, in the order the entry exports them. */
export function components() {
  const tsProgram = program();
  const checker = tsProgram.getTypeChecker();
  const entry = tsProgram.getSourceFile(ENTRY);
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  const resolveAlias = (symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const exported = checker.getExportsOfModule(moduleSymbol).map(resolveAlias);
  const exportedTypes = new Set(
    exported.filter(
      (symbol) => symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias),
    ),
  );

  const found = [];
  for (const symbol of exported) {
    if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable))) continue;
    // React components are capitalised; helpers taking an exported input type are not components.
    if (!/^[A-Z]/.test(symbol.name)) continue;
    const declaration = symbol.valueDeclaration;
    if (!declaration) continue;
    const [signature] = checker.getTypeOfSymbolAtLocation(symbol, declaration).getCallSignatures();
    const [parameter] = signature?.getParameters() ?? [];
    const parameterDeclaration = parameter?.valueDeclaration;
    const typeNode = parameterDeclaration?.type;
    if (!typeNode || !ts.isTypeReferenceNode(typeNode)) continue;
    const propsSymbol = checker.getSymbolAtLocation(typeNode.typeName);
    if (!propsSymbol || !exportedTypes.has(resolveAlias(propsSymbol))) continue;

    const propsType = checker.getTypeAtLocation(typeNode);
    const props = propsOf(checker, propsType).map(({ symbol: prop, required }) => ({
      name: prop.name,
      optional: required === false || Boolean(prop.flags & ts.SymbolFlags.Optional),
      type: propType(checker, prop),
      default: defaultText(tagText(checker, prop, 'default') ?? ''),
      description: docText(checker, prop),
    }));
    const summary = docText(checker, symbol);
    found.push({ name: symbol.name, propsName: typeNode.typeName.getText(), summary, props });
  }
  return found;
}

function section(component) {
  const rows = component.props.map((prop) => {
    const name = `\`${prop.name}${prop.optional ? '?' : ''}\``;
    return `| ${name} | ${cell(`\`${prop.type}\``)} | ${cell(prop.default || '—')} | ${cell(prop.description)} |`;
  });
  return [
    `### ${component.name}`,
    '',
    component.summary,
    '',
    `Props: \`${component.propsName}\`.`,
    '',
    '| Prop | Type | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function region(found) {
  return [
    START,
    '<!-- Generated from the TypeScript types by `node .ci/readme-props.mjs`; edit the JSDoc, not this table. -->',
    '',
    ...found.map((component) => `${section(component)}\n`),
    END,
  ].join('\n');
}

/** The `### Name` sections of a props region, keyed by component name. */
function sectionsOf(text) {
  const sections = new Map();
  for (const part of text.split(/^### /m).slice(1)) {
    const name = part.slice(0, part.indexOf('\n')).trim();
    sections.set(name, part.trim());
  }
  return sections;
}

async function main() {
  const check = process.argv.includes('--check');
  const found = components();
  const current = readFileSync(README, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const where = relative(ROOT, README);
  if (start === -1 || end < start) {
    console.error(`✖ ${where} has no ${START} … ${END} region.`);
    process.exit(1);
  }
  const problems = [];
  if (found.length === 0) problems.push(`no components found in ${relative(ROOT, ENTRY)}`);
  for (const component of found) {
    for (const prop of component.props) {
      if (!prop.description) {
        problems.push(
          `${component.name}: prop \`${prop.name}\` has no JSDoc description (document it on ${component.propsName})`,
        );
      }
    }
  }

  const unformatted = current.slice(0, start) + region(found) + current.slice(end + END.length);
  const options = (await prettier.resolveConfig(README)) ?? {};
  const next = await prettier.format(unformatted, { ...options, filepath: README });

  if (check) {
    if (next !== current) {
      const before = sectionsOf(current.slice(start, end));
      const after = sectionsOf(next.slice(next.indexOf(START), next.indexOf(END)));
      const stale = [...new Set([...before.keys(), ...after.keys()])].filter(
        (name) => before.get(name) !== after.get(name),
      );
      const names = stale.length > 0 ? stale.join(', ') : 'text outside the tables';
      problems.push(`${where} is stale for ${names}: run \`node .ci/readme-props.mjs\``);
    }
  } else if (next !== current) {
    writeFileSync(README, next);
    console.log(`Wrote ${found.length} props tables to ${where}.`);
  }

  if (problems.length > 0) {
    for (const problem of problems) console.error(`✖ ${problem}`);
    process.exit(1);
  }
  if (check) console.log(`✔ ${where}: props tables of ${found.length} components are current.`);
}

await main();
