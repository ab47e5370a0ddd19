#!/usr/bin/env node
/**
 * Writes the table of `--vitals-*` CSS variables in `docs/theming.md` from the stylesheets of
 * `@vitals/react` (packages/react/src/**\/*.css), between `<!-- css-vars:start -->` and
 * `<!-- css-vars:end -->`, and checks that the stylesheets keep the theming contract.
 *
 *   node .ci/css-vars.mjs          rewrite the table
 *   node .ci/css-vars.mjs --check  fail when the table is stale or a rule breaks the contract
 *
 * The contract (internal/theme.css explains it): Vitals never declares a public `--vitals-X`, so a
 * host's value on :root, an ancestor or the component always wins; its defaults are private
 * `--_vitals-X` twins declared in `:where(:root, .vitals-root)` (light), `:where(.vitals-root
 * [data-theme='dark'])` and, under `prefers-color-scheme: dark`, `[data-theme='system']`; every
 * read is `var(--vitals-X, var(--_vitals-X))`. A variable with no default (the font) is declared
 * by an `@var --vitals-X description` line in a comment. The comment before a default says what
 * the variable is for and applies to the defaults after it up to the next comment.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import * as prettier from 'prettier';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = join(ROOT, 'packages/react/src');
const DOC = join(ROOT, 'docs/theming.md');
const START = '<!-- css-vars:start -->';
const END = '<!-- css-vars:end -->';

const LIGHT = ':where(:root, .vitals-root)';
const DARK = ":where(.vitals-root[data-theme='dark'])";
const SYSTEM = ":where(.vitals-root[data-theme='system'])";
const DARK_QUERY = '(prefers-color-scheme: dark)';

function cssFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((name) => name.endsWith('.css'))
    .map((name) => join(dir, name))
    .sort(
      (a, b) =>
        Number(b.endsWith('theme.css')) - Number(a.endsWith('theme.css')) || a.localeCompare(b),
    );
}

/** The defaults of every theme, the no-default variables and the contract's violations. */
function collect() {
  const light = new Map(); // name → { value, description, file }
  const dark = new Map();
  const systemDark = new Map();
  const system = new Map();
  const bare = new Map(); // no-default variables: name → description
  const problems = [];
  const reads = []; // { name, fallback, where }

  for (const file of cssFiles(SOURCES)) {
    const where = relative(ROOT, file);
    const root = postcss.parse(readFileSync(file, 'utf8'), { from: file });
    root.walkComments((comment) => {
      for (const match of comment.text.matchAll(/@var\s+--(vitals-[\w-]+)\s+([^\n]+)/g)) {
        bare.set(match[1], match[2].replace(/\s*\*?\s*$/, '').trim());
      }
    });
    root.walkRules((rule) => {
      const inDarkQuery = rule.parent?.type === 'atrule' && rule.parent.params === DARK_QUERY;
      let target = null;
      if (rule.selector === LIGHT && !inDarkQuery) target = light;
      else if (rule.selector === DARK && !inDarkQuery) target = dark;
      else if (rule.selector === SYSTEM) target = inDarkQuery ? systemDark : system;
      let description = '';
      for (const node of rule.nodes ?? []) {
        if (node.type === 'comment') description = node.text.replace(/\s+/g, ' ').trim();
        if (node.type !== 'decl') continue;
        const at = `${where}:${node.source?.start?.line ?? '?'}`;
        if (/^--vitals-/.test(node.prop)) {
          problems.push(
            `${at}: declares the public ${node.prop}; a default must be --_${node.prop.slice(2)} (a declaration would shadow the host's value)`,
          );
        } else if (/^--_vitals-/.test(node.prop)) {
          const name = node.prop.slice(3);
          if (!target) {
            problems.push(
              `${at}: ${node.prop} is declared outside the theme blocks (${rule.selector})`,
            );
          } else {
            target.set(name, { value: node.value, description, at });
          }
        }
        for (const match of node.value.matchAll(
          /var\(\s*--(_?vitals-[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\))?[^()]*))?\)/g,
        )) {
          reads.push({ name: match[1], fallback: match[2]?.trim(), at });
        }
      }
    });
  }

  for (const { name, fallback, at } of reads) {
    if (name.startsWith('_')) {
      problems.push(`${at}: reads ${name} alone; write var(--${name.slice(1)}, var(--${name}))`);
    } else if (light.has(name)) {
      if (fallback !== `var(--_${name})`) {
        problems.push(
          `${at}: var(--${name}) must fall back to its default: var(--${name}, var(--_${name}))`,
        );
      }
    } else if (!bare.has(name)) {
      problems.push(`${at}: --${name} has no default in ${LIGHT} and no @var line`);
    }
  }
  for (const [name, entry] of light) {
    if (!entry.description)
      problems.push(`${entry.at}: --_${name} has no comment saying what it is for`);
  }
  for (const [set, label] of [
    [dark, 'dark'],
    [systemDark, `system under ${DARK_QUERY}`],
    [system, 'system'],
  ]) {
    for (const [name, entry] of set) {
      if (!light.has(name))
        problems.push(`${entry.at}: --_${name} (${label}) has no light default`);
    }
  }
  // 'system' under a dark preference must be exactly the dark theme.
  for (const name of new Set([...dark.keys(), ...systemDark.keys()])) {
    if (name === 'vitals-color-scheme') continue; // 'system' is `light dark` at any preference
    if (dark.get(name)?.value !== systemDark.get(name)?.value) {
      problems.push(
        `--_${name}: dark (${dark.get(name)?.value ?? 'unset'}) and system-dark (${systemDark.get(name)?.value ?? 'unset'}) differ`,
      );
    }
  }
  return { light, dark, system, bare, problems };
}

const cell = (text) => text.replaceAll('|', '\\|');
const code = (text) => `\`${text}\``;

function table({ light, dark, system, bare }) {
  const rows = [];
  for (const [name, description] of bare) {
    rows.push(`| ${code(`--${name}`)} | — | — | ${cell(description)} |`);
  }
  for (const [name, entry] of light) {
    const darkValue = dark.get(name)?.value;
    const systemValue = system.get(name)?.value;
    const darkCell = darkValue === undefined ? 'same' : code(darkValue);
    const note = systemValue === undefined ? '' : ` (\`system\`: ${code(systemValue)})`;
    rows.push(
      `| ${code(`--${name}`)} | ${code(entry.value)} | ${darkCell}${note} | ${cell(entry.description)} |`,
    );
  }
  return [
    START,
    '<!-- Generated from packages/react/src/**/*.css by `node .ci/css-vars.mjs`; edit the comments in the CSS, not this table. -->',
    '',
    '| Variable | Light default | Dark default | What it is for |',
    '| --- | --- | --- | --- |',
    ...rows,
    END,
  ].join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  const found = collect();
  const problems = [...found.problems];
  const current = readFileSync(DOC, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const where = relative(ROOT, DOC);
  if (start === -1 || end < start) {
    console.error(`✖ ${where} has no ${START} … ${END} region.`);
    process.exit(1);
  }
  const unformatted = current.slice(0, start) + table(found) + current.slice(end + END.length);
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  const next = await prettier.format(unformatted, { ...options, filepath: DOC });
  const count = found.light.size + found.bare.size;
  if (check) {
    if (next !== current) problems.push(`${where} is stale: run \`node .ci/css-vars.mjs\``);
  } else if (next !== current) {
    writeFileSync(DOC, next);
    console.log(`Wrote ${count} variables to ${where}.`);
  }
  if (problems.length > 0) {
    for (const problem of problems) console.error(`✖ ${problem}`);
    process.exit(1);
  }
  if (check) console.log(`✔ ${where}: the ${count} --vitals-* variables are current.`);
}

await main();
