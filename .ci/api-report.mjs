#!/usr/bin/env node
/**
 * The public API of each published package, as a committed report, and the rules its types keep.
 *
 * Reads the built `.d.ts` of every entry in a package's `exports` map (build first). API Extractor
 * writes `api/<entry>.api.md`, every export's declaration sorted by name; the TypeScript compiler
 * API checks the rules below.
 *
 *   node .ci/api-report.mjs            check: fail when a report is out of date or a rule breaks
 *   node .ci/api-report.mjs --update   write the reports (then review and commit them)
 *
 * Run from a package folder (its `check:package` script does), or from the root for all three.
 * The rules, so that the types never fight a host compiling under `strict`,
 * `exactOptionalPropertyTypes` and `noUncheckedIndexedAccess`:
 *   - no `any` anywhere in a public declaration;
 *   - every optional property is written `?: T | undefined` (so are optional keys of mapped types;
 *     `Partial<…>` and optional methods are not allowed);
 *   - every array a caller passes in (a parameter, a prop, an option, nested at any depth in a type
 *     of this package) is `readonly`, so `readonly` data and `as const` lists are accepted;
 *   - every type a public export uses is exported too (no "forgotten" exports).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['metrics', 'react', 'sample-data', 'sql'];
const update = process.argv.includes('--update');

/** How a host compiles against the packages: the strictest settings a vendor may use. */
const COMPILER_OPTIONS = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  module: 'esnext',
  moduleResolution: 'bundler',
  target: 'es2022',
  lib: ['es2023', 'dom'],
  types: [],
  jsx: 'react-jsx',
  skipLibCheck: true,
  noEmit: true,
};

/** The packages to check: the one whose folder we run in, else all of them. */
function selectedPackages() {
  const here = realpathSync(process.cwd());
  const own = PACKAGES.find((name) => here === realpathSync(join(ROOT, 'packages', name)));
  return own ? [own] : PACKAGES;
}

/** `[subpath, report name, .d.ts path]` for each typed entry of a package's `exports` map. */
function entriesOf(folder) {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const short = manifest.name.replace(/^@vitals\//, '');
  return Object.entries(manifest.exports)
    .filter(([, target]) => typeof target === 'object' && target.import?.types)
    .map(([subpath, target]) => ({
      name: manifest.name + subpath.slice(1),
      report: subpath === '.' ? short : `${short}-${subpath.slice(2).replaceAll('/', '-')}`,
      file: resolve(folder, target.import.types),
    }));
}

function checkPackage(name) {
  const folder = join(ROOT, 'packages', name);
  const entries = entriesOf(folder);
  const missing = entries.filter((entry) => !existsSync(entry.file));
  if (missing.length > 0)
    return [
      `${missing.map((entry) => relative(ROOT, entry.file)).join(', ')} missing: build first`,
    ];
  const { options } = ts.convertCompilerOptionsFromJson(COMPILER_OPTIONS, folder);
  const program = ts.createProgram(
    entries.map((entry) => entry.file),
    options,
  );
  const checker = program.getTypeChecker();
  const dist = realpathSync(join(folder, 'dist'));
  const isOwn = (sourceFile) => realpathSync(sourceFile.fileName).startsWith(dist);
  const problems = [];

  const resolveAlias = (symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const exportsOf = (entry) => {
    const file = program.getSourceFile(entry.file);
    return checker.getExportsOfModule(checker.getSymbolAtLocation(file));
  };
  // A type is "exported" when any entry of the package exports it (the hooks entry uses the root
  // entry's types).
  const exported = new Set(entries.flatMap((entry) => exportsOf(entry).map(resolveAlias)));

  for (const entry of entries) {
    problems.push(...apiReport(name, folder, entry));
    // API Extractor looks at one entry at a time; a type of the root entry that the hooks entry
    // uses is exported all right, so forgotten exports are checked here across the entries.
    const seen = new Set();
    const visit = (node) => {
      const reference = ts.isTypeReferenceNode(node)
        ? node.typeName
        : ts.isExpressionWithTypeArguments(node)
          ? node.expression
          : ts.isTypeQueryNode(node)
            ? node.exprName
            : undefined;
      const symbol = reference && checker.getSymbolAtLocation(reference);
      const target = symbol && resolveAlias(symbol);
      if (target && !seen.has(target) && !(target.flags & ts.SymbolFlags.TypeParameter)) {
        seen.add(target);
        const own = (target.declarations ?? []).filter((d) => isOwn(d.getSourceFile()));
        if (own.length > 0 && !exported.has(target)) {
          problems.push(
            `${entry.name}: ${target.name} is used by the public API but not exported (export it, or stop using it in a public type)`,
          );
          own.forEach(visit);
        }
      }
      ts.forEachChild(node, visit);
    };
    for (const symbol of exportsOf(entry))
      for (const declaration of resolveAlias(symbol).declarations ?? [])
        if (isOwn(declaration.getSourceFile())) visit(declaration);
  }

  for (const sourceFile of program.getSourceFiles().filter(isOwn))
    problems.push(...typeRules(sourceFile));
  problems.push(...readonlyInputs(checker, entries, program, isOwn));
  return problems;
}

/**
 * Writes (`--update`) or compares (check) one entry's API report with API Extractor. Its TSDoc
 * lint is off: the doc comments here are JSDoc with Markdown, not TSDoc.
 */
function apiReport(name, folder, entry) {
  const problems = [];
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: folder,
      mainEntryPointFilePath: entry.file,
      compiler: { overrideTsconfig: { compilerOptions: COMPILER_OPTIONS, files: [entry.file] } },
      apiReport: {
        enabled: true,
        reportFileName: entry.report,
        reportFolder: join(folder, 'api'),
        reportTempFolder: join(tmpdir(), 'vitals-api-report', name),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'error' } },
        extractorMessageReporting: {
          default: { logLevel: 'error' },
          'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: false },
          // Documentation is checked in review, not here; doc links may point at the other entry.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
          'ae-unresolved-link': { logLevel: 'none', addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
      },
    },
    configObjectFullPath: join(folder, 'api-extractor.json'),
    packageJsonFullPath: join(folder, 'package.json'),
  });
  const result = Extractor.invoke(config, {
    localBuild: update,
    messageCallback(message) {
      // Console messages repeat what `apiReportChanged` says below.
      if (message.category === 'console') return;
      if (message.logLevel === 'error' || message.logLevel === 'warning')
        problems.push(`${entry.name}: API Extractor: ${message.text}`);
      message.handled = true;
    },
  });
  const report = relative(ROOT, join(folder, 'api', `${entry.report}.api.md`));
  if (update) console.log(`${result.apiReportChanged ? 'wrote' : 'unchanged'} ${report}`);
  else if (result.apiReportChanged)
    problems.push(
      `${report} is out of date: the public API of ${entry.name} changed. ` +
        'Run `pnpm api:update`, review the diff and commit it.',
    );
  return problems;
}

/** Where a node is, as `file:line`, for messages. */
function where(node) {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(ROOT, file.fileName)}:${line + 1}`;
}

/** The declared name a node sits in, e.g. `MetricCardProps.reason`. */
function ownerName(node) {
  const names = [];
  for (let current = node; current; current = current.parent) {
    if (current.name && ts.isIdentifier(current.name)) names.unshift(current.name.text);
    else if (current.name && ts.isStringLiteral(current.name)) names.unshift(current.name.text);
  }
  return names.join('.');
}

/** `any` and optional properties without `| undefined`, found by reading the declarations. */
function typeRules(sourceFile) {
  const problems = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword)
      problems.push(`${where(node)} ${ownerName(node)}: \`any\` in a public type`);
    if (
      (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node)) &&
      node.questionToken &&
      !acceptsUndefined(node.type)
    )
      problems.push(
        `${where(node)} ${ownerName(node)}: optional property without \`| undefined\` (exactOptionalPropertyTypes)`,
      );
    if (
      ts.isMappedTypeNode(node) &&
      node.questionToken &&
      node.questionToken.kind !== ts.SyntaxKind.MinusToken &&
      !acceptsUndefined(node.type)
    )
      problems.push(
        `${where(node)} ${ownerName(node)}: mapped type with optional keys but no \`| undefined\``,
      );
    if (
      ts.isTypeReferenceNode(node) &&
      ts.isIdentifier(node.typeName) &&
      node.typeName.text === 'Partial'
    )
      problems.push(
        `${where(node)} ${ownerName(node)}: \`Partial<…>\` makes properties optional without \`| undefined\`; map them to \`?: T[K] | undefined\``,
      );
    if (ts.isMethodSignature(node) && node.questionToken)
      problems.push(
        `${where(node)} ${ownerName(node)}: optional method; write it as a property \`?: ((…) => …) | undefined\``,
      );
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return problems;
}

function acceptsUndefined(type) {
  if (!type) return true; // an implicit `any` never reaches a .d.ts; nothing to add
  if (type.kind === ts.SyntaxKind.UndefinedKeyword || type.kind === ts.SyntaxKind.UnknownKeyword)
    return true;
  if (ts.isParenthesizedTypeNode(type)) return acceptsUndefined(type.type);
  return ts.isUnionTypeNode(type) && type.types.some(acceptsUndefined);
}

/**
 * Mutable arrays in what a caller passes in: every parameter of every exported function (a
 * component's props included), walked through unions, intersections, arrays and the properties of
 * this package's own types. Callbacks are outputs and are not walked.
 */
function readonlyInputs(checker, entries, program, isOwn) {
  const problems = [];
  const reported = new Set();
  const visited = new Set();
  const walk = (type, path, node) => {
    if (visited.has(type)) return;
    visited.add(type);
    if (type.isUnion() || type.isIntersection()) {
      for (const member of type.types) walk(member, path, node);
      return;
    }
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const isReadonly = checker.isTupleType(type)
        ? type.target.readonly
        : type.symbol?.name === 'ReadonlyArray';
      if (!isReadonly && !reported.has(path)) {
        reported.add(path);
        problems.push(`${where(node)} ${path}: a mutable array in an input; make it \`readonly\``);
      }
      for (const element of checker.getTypeArguments(type)) walk(element, `${path}[]`, node);
      return;
    }
    if (!(type.flags & ts.TypeFlags.Object)) return;
    if (type.getCallSignatures().length > 0) return;
    const declarations = type.symbol?.declarations ?? type.aliasSymbol?.declarations ?? [];
    if (!declarations.some((declaration) => isOwn(declaration.getSourceFile()))) return;
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (!declaration || !isOwn(declaration.getSourceFile())) continue;
      walk(checker.getTypeOfSymbol(property), `${path}.${property.name}`, declaration);
    }
  };
  for (const entry of entries) {
    const file = program.getSourceFile(entry.file);
    for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(file))) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.valueDeclaration;
      if (!declaration || !isOwn(declaration.getSourceFile())) continue;
      const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
      const signatures = [
        ...type.getCallSignatures(),
        ...type.getConstructSignatures().filter(() => ts.isClassDeclaration(declaration)),
      ];
      for (const signature of signatures)
        for (const parameter of signature.getParameters()) {
          const parameterType = checker.getTypeOfSymbolAtLocation(parameter, declaration);
          walk(parameterType, `${exported.name}(${parameter.name})`, declaration);
        }
    }
  }
  return problems;
}

let failed = false;
for (const name of selectedPackages()) {
  const problems = checkPackage(name);
  if (problems.length === 0) {
    console.log(
      `api-report: @vitals/${name} ${update ? 'updated' : 'matches its report'}; its types keep the rules`,
    );
    continue;
  }
  failed = true;
  console.error(`api-report: @vitals/${name}: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  - ${problem}`);
}
if (failed) process.exitCode = 1;
