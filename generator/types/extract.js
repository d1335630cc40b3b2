#!/usr/bin/env node
// Dokploy's tRPC procedure outputs, as inferred by the TypeScript compiler, written as JSON
// Schema: one schema per procedure (its 200 body) and one definition per Dokploy table whose
// records appear in them. Build-time only: `python -m generator types` runs this, and the
// committed output is all the rest of dokploy-async ever reads.
//
// usage: node extract.js --dokploy-src DIR --output FILE
//
// Why the compiler and not the OpenAPI document: trpc-to-openapi emits an empty schema for
// every output, while `inferRouterOutputs<AppRouter>` knows each one exactly.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ENTRY_NAME = "__dokploy_async_types__.ts";
// The entry the checker resolves: every procedure's output, and every table's select type.
const ENTRY_SOURCE = `
import type { inferRouterOutputs } from "@trpc/server";
import type { InferSelectModel, Table } from "drizzle-orm";
import type { AppRouter } from "./server/api/root";
import type * as schema from "@dokploy/server/db/schema";
type S = typeof schema;
export type Outputs = inferRouterOutputs<AppRouter>;
export type Tables = {
  [K in keyof S as S[K] extends Table ? K : never]: S[K] extends Table
    ? {
        name: S[K]["_"]["name"];
        row: InferSelectModel<S[K]>;
        primaryKey: {
          [C in keyof S[K]["_"]["columns"] as S[K]["_"]["columns"][C]["_"]["isPrimaryKey"] extends true ? C : never]: true;
        };
        integers: {
          [C in keyof S[K]["_"]["columns"] as S[K]["_"]["columns"][C]["_"]["columnType"] extends
            "PgInteger" | "PgSerial" | "PgSmallInt" | "PgSmallSerial" | "PgBigInt53" ? C : never]: true;
        };
      }
    : never;
};
`;
const MAX_DEPTH = 24;
const MAX_SCHEMA_CHARS = 40000;

// What the checker could not type: plain JSON in the client, listed in the report.
function untyped(why) {
  return { "x-untyped": why };
}

// Where each operation's schema holds an untyped part, following definitions once.
function untypedParts(operations, definitions) {
  const top = [];
  const inside = [];
  for (const [name, schema] of Object.entries(operations)) {
    if (schema["x-untyped"]) {
      top.push({ operation: name, why: schema["x-untyped"] });
      continue;
    }
    const found = [];
    const seen = new Set();
    const walk = (node, at) => {
      if (Array.isArray(node)) return node.forEach((n) => walk(n, at));
      if (!node || typeof node !== "object") return;
      if (node["x-untyped"]) return found.push(`${at} (${node["x-untyped"]})`);
      if (typeof node.$ref === "string") {
        const def = node.$ref.split("/").pop();
        if (!seen.has(def)) {
          seen.add(def);
          walk(definitions[def], def);
        }
        return;
      }
      for (const [key, value] of Object.entries(node.properties || {})) walk(value, `${at}.${key}`);
      if (node.items) walk(node.items, `${at}[]`);
      if (node.anyOf) walk(node.anyOf, at);
      if (node.additionalProperties && typeof node.additionalProperties === "object") {
        walk(node.additionalProperties, `${at}[*]`);
      }
    };
    walk(schema, name);
    if (found.length) inside.push({ operation: name, at: found.sort() });
  }
  return { top, inside };
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "");
    if (argv[i + 1] === undefined) throw new Error(`--${key} needs a value`);
    args[key] = argv[i + 1];
  }
  if (!args["dokploy-src"] || !args.output) {
    throw new Error("usage: node extract.js --dokploy-src DIR --output FILE");
  }
  return args;
}

function log(message) {
  process.stderr.write(`[types] ${message}\n`);
}

function pascal(text) {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join("");
}

function loadProgram(src) {
  const appDir = path.join(src, "apps", "dokploy");
  const configPath = path.join(appDir, "tsconfig.json");
  if (!fs.existsSync(configPath)) throw new Error(`${configPath} not found: is this Dokploy's source?`);
  if (!fs.existsSync(path.join(src, "node_modules"))) {
    throw new Error(`${src}/node_modules not found: run pnpm install in Dokploy's source first`);
  }
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, appDir);
  const entry = path.join(appDir, ENTRY_NAME);
  const options = { ...parsed.options, noEmit: true, incremental: false, tsBuildInfoFile: undefined };
  // The entry lives only in memory: Dokploy's source tree is left as it was.
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === entry ? ENTRY_SOURCE : readFile(name));
  host.fileExists = (name) => path.resolve(name) === entry || fileExists(name);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) =>
    path.resolve(name) === entry
      ? ts.createSourceFile(name, ENTRY_SOURCE, languageVersion, true)
      : getSourceFile(name, languageVersion, onError, shouldCreate);
  const program = ts.createProgram({ rootNames: [entry], options, host });
  const entryFile = program.getSourceFile(entry);
  const problems = ts
    .getPreEmitDiagnostics(program, entryFile)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (problems.length) throw new Error(`the entry does not type-check:\n${problems.join("\n")}`);
  return { program, entryFile, appDir };
}

class Extractor {
  constructor(program, entryFile, src) {
    this.program = program;
    this.checker = program.getTypeChecker();
    this.entryFile = entryFile;
    this.src = path.resolve(src);
    this.tables = []; // {name, key, columns:Set, primaryKey:[...], integers:Set}
    this.occurrences = new Map(); // class name -> [{props, required: Set, where, table}]
    this.named = new Map(); // declared Dokploy type name -> schema
    this.current = null;
    this.cache = new Map();
    this.converting = new Set();
  }

  exported(name) {
    const moduleSymbol = this.checker.getSymbolAtLocation(this.entryFile);
    const symbol = this.checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
    if (!symbol) throw new Error(`the entry exports no ${name}`);
    return this.checker.getDeclaredTypeOfSymbol(symbol);
  }

  typeOf(symbol) {
    return this.checker.getTypeOfSymbolAtLocation(symbol, this.entryFile);
  }

  keys(type) {
    return this.checker.getPropertiesOfType(type).map((p) => p.name);
  }

  loadTables() {
    for (const entry of this.checker.getPropertiesOfType(this.exported("Tables"))) {
      const info = this.typeOf(entry);
      const part = (name) => this.typeOf(this.checker.getPropertyOfType(info, name));
      const sqlName = part("name");
      if (!sqlName.isStringLiteral()) continue;
      const columns = this.keys(part("row"));
      this.tables.push({
        name: pascal(sqlName.value),
        key: entry.name,
        columns: new Set(columns),
        primaryKey: this.keys(part("primaryKey")),
        integers: new Set(this.keys(part("integers"))),
      });
    }
    // Two exports of one SQL table (aliases) would make two classes of one name.
    const seen = new Set();
    this.tables = this.tables
      .sort((a, b) => a.key.localeCompare(b.key))
      .filter((t) => !seen.has(t.name) && seen.add(t.name));
    this.loadReverseRelations();
    log(`${this.tables.length} tables in packages/server/src/db/schema`);
  }

  // Drizzle types a one() relation as never null when its `fields` are NOT NULL columns. A
  // relation keyed on the table's own primary key (deployments.rollback, gitProvider.github)
  // looks the other way, and most records have no such row: the server sends null
  // (capture deployment.allByType.200.json: "rollback": null). Found in the schema's source.
  loadReverseRelations() {
    const byKey = new Map(this.tables.map((t) => [t.key, t]));
    for (const table of this.tables) table.reverseOnes = new Set();
    const schemaDir = path.join(this.src, "packages", "server", "src", "db", "schema");
    const program = this.program;
    for (const file of program.getSourceFiles()) {
      if (!path.resolve(file.fileName).startsWith(schemaDir)) continue;
      const visit = (node) => {
        if (ts.isCallExpression(node) && node.expression.getText(file) === "relations" && node.arguments.length === 2) {
          const table = byKey.get(node.arguments[0].getText(file));
          if (table) this.reverseOnesIn(node.arguments[1], table, file);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }

  reverseOnesIn(callback, table, file) {
    const visit = (node) => {
      if (ts.isPropertyAssignment(node) && ts.isCallExpression(node.initializer)) {
        const call = node.initializer;
        const config = call.arguments[1];
        if (call.expression.getText(file) === "one" && config && ts.isObjectLiteralExpression(config)) {
          const fields = config.properties.find((p) => p.name && p.name.getText(file) === "fields");
          const columns = fields && ts.isArrayLiteralExpression(fields.initializer) ? fields.initializer.elements : [];
          const own = columns.map((c) => (ts.isPropertyAccessExpression(c) ? c.name.getText(file) : null));
          if (own.length && own.every((c) => table.primaryKey.includes(c))) table.reverseOnes.add(node.name.getText(file));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(callback);
  }

  // The table an object's keys say it is a record of, or null.
  tableOf(props) {
    const own = new Set(Object.keys(props));
    let best = null;
    for (const table of this.tables) {
      if (!table.primaryKey.length || !table.primaryKey.every((k) => own.has(k))) continue;
      let shared = 0;
      for (const column of table.columns) if (own.has(column)) shared += 1;
      // A partial selection (drizzle's `columns: {...}`) still names its table by its primary
      // key, but only when most of what it holds are that table's columns.
      const full = shared === table.columns.size;
      // Keys beyond the table's columns must be relations (records or lists of them), or
      // any object with an `id` would pass for a better-auth table.
      const foreign = [...own].filter((k) => !table.columns.has(k));
      // A whole record may carry computed extras (application.one's hasGitProviderAccess).
      const relations = full || foreign.every((k) => isRelation(props[k]));
      const plain = own.size - foreign.length;
      if (!relations || (!full && (shared < 3 || shared * 2 < plain))) continue;
      const score = [full ? 1 : 0, shared];
      if (!best || score[0] > best.score[0] || (score[0] === best.score[0] && score[1] > best.score[1])) {
        best = { table, score };
      }
    }
    return best ? best.table : null;
  }

  declaredName(type) {
    const symbol = type.aliasSymbol || type.getSymbol();
    if (!symbol || symbol.name.startsWith("__")) return null;
    const declarations = symbol.getDeclarations() || [];
    const inSource = declarations.some((d) => {
      const file = path.resolve(d.getSourceFile().fileName);
      return file.startsWith(this.src) && !file.includes(`${path.sep}node_modules${path.sep}`);
    });
    return inSource ? pascal(symbol.name) : null;
  }

  // Types are interned by the checker, so one conversion serves every place a type recurs;
  // a type met again while it is being converted is recursive and stays plain JSON.
  convert(type, where, depth) {
    const cached = this.cache.get(type.id);
    if (cached) return cached;
    if (this.converting.has(type.id) || depth > MAX_DEPTH) return untyped("recursive");
    this.converting.add(type.id);
    try {
      let schema = this.convertOnce(type, where, depth);
      // Third-party shapes (Stripe's product objects: 3 MB of schema) are not worth a model.
      if (JSON.stringify(schema).length > MAX_SCHEMA_CHARS) schema = untyped("too large");
      this.cache.set(type.id, schema);
      return schema;
    } finally {
      this.converting.delete(type.id);
    }
  }

  convertOnce(type, where, depth) {
    const f = type.flags;
    if (f & ts.TypeFlags.Any) return untyped("any");
    if (f & ts.TypeFlags.Unknown) return untyped("unknown");
    if (f & ts.TypeFlags.Never) return { not: {} };
    if (f & (ts.TypeFlags.Null)) return { type: "null" };
    if (f & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)) return { type: "null" };
    if (f & ts.TypeFlags.StringLiteral) return { type: "string", enum: [type.value] };
    if (f & ts.TypeFlags.NumberLiteral) return { type: "number", enum: [type.value] };
    if (f & ts.TypeFlags.BooleanLiteral) return { type: "boolean" };
    if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return { type: "string" };
    if (f & ts.TypeFlags.Number) return { type: "number" };
    if (f & (ts.TypeFlags.BigInt | ts.TypeFlags.BigIntLiteral)) return { type: "integer" };
    if (f & ts.TypeFlags.Boolean) return { type: "boolean" };
    if (f & ts.TypeFlags.Union) return this.union(type.types, where, depth);
    if (f & ts.TypeFlags.Object || f & ts.TypeFlags.Intersection) return this.object(type, where, depth);
    if (f & ts.TypeFlags.ESSymbolLike) return { not: {} };
    if (f & ts.TypeFlags.NonPrimitive) return { type: "object" };
    return untyped("unknown");
  }

  union(members, where, depth) {
    const present = members.filter((m) => !(m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const nullable = present.some((m) => m.flags & ts.TypeFlags.Null);
    const rest = present.filter((m) => !(m.flags & ts.TypeFlags.Null));
    let schema;
    if (rest.length && rest.every((m) => m.flags & ts.TypeFlags.StringLiteral)) {
      schema = { type: "string", enum: [...new Set(rest.map((m) => m.value))].sort() };
    } else if (rest.length && rest.every((m) => m.flags & ts.TypeFlags.BooleanLiteral)) {
      schema = { type: "boolean" };
    } else {
      const seen = new Map();
      for (const member of rest) {
        const converted = this.convert(member, where, depth + 1);
        seen.set(JSON.stringify(converted), converted);
      }
      const options = [...seen.values()];
      const loose = options.find((o) => o["x-untyped"]);
      if (loose) schema = loose;
      else schema = options.length === 1 ? options[0] : { anyOf: options };
    }
    if (!nullable) return schema;
    if (schema["x-untyped"]) return schema;
    if (typeof schema.type === "string" && !schema.anyOf) {
      const out = { ...schema, type: [schema.type, "null"] };
      if (out.enum) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [...(schema.anyOf || [schema]), { type: "null" }] };
  }

  object(type, where, depth) {
    const checker = this.checker;
    const symbol = type.getSymbol();
    if (symbol && symbol.name === "Date") return { type: "string", format: "date-time" };
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      const args = checker.getTypeArguments(type);
      const items = checker.isArrayType(type)
        ? this.convert(args[0], `${where}[]`, depth + 1)
        : this.union(args, `${where}[]`, depth);
      return { type: "array", items };
    }
    if (type.getCallSignatures().length && !checker.getPropertiesOfType(type).length) return { not: {} };
    // Array subclasses (postgres.js's RowList from an insert without .returning()) are
    // serialized by JSON.stringify as plain arrays.
    const numberIndex = checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & ts.TypeFlags.Number);
    if (numberIndex && checker.getPropertyOfType(type, "length")) {
      return { type: "array", items: this.convert(numberIndex.type, `${where}[]`, depth + 1) };
    }

    const props = {};
    const required = [];
    for (const prop of checker.getPropertiesOfType(type)) {
      const propType = this.typeOf(prop);
      // JSON.stringify drops functions and symbol-keyed properties.
      if (propType.getCallSignatures().length || prop.name.startsWith("__@")) continue;
      let optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
      const members = propType.flags & ts.TypeFlags.Union ? propType.types : [propType];
      if (members.some((m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void))) optional = true;
      props[prop.name] = this.convert(propType, `${where}.${prop.name}`, depth + 1);
      if (!optional) required.push(prop.name);
    }
    const index = checker.getIndexInfosOfType(type).find((i) => i.keyType.flags & ts.TypeFlags.String);
    const additional = index ? this.convert(index.type, `${where}[*]`, depth + 1) : true;

    const table = this.tableOf(props);
    if (table) {
      for (const name of Object.keys(props)) {
        if (table.integers.has(name)) props[name] = integerOf(props[name]);
        if (table.reverseOnes.has(name)) props[name] = nullable(props[name]);
      }
      // A whole record (every column) is the table's class; a partial selection (drizzle's
      // `columns: {...}`) is its Summary, so the whole record's columns can stay required.
      const full = [...table.columns].every((c) => c in props);
      const name = full ? table.name : `${table.name}Summary`;
      const list = this.occurrences.get(name) || [];
      list.push({ props, required: new Set(required), where, table });
      this.occurrences.set(name, list);
      return { $ref: `#/definitions/${name}` };
    }
    const schema = { type: "object", properties: sortKeys(props), required: required.sort(), additionalProperties: additional };
    if (!required.length) delete schema.required;
    const name = this.declaredName(type);
    if (name && Object.keys(props).length) {
      this.named.set(name, mergeInto(this.named.get(name), schema));
      return { $ref: `#/definitions/${name}` };
    }
    return schema;
  }

  // One class per table: the union of every occurrence's properties; a property is required
  // only where every occurrence has it (partial selections make the rest optional).
  definitions() {
    const out = {};
    for (const [name, list] of this.occurrences) {
      const props = {};
      for (const occurrence of list) {
        for (const [key, schema] of Object.entries(occurrence.props)) props[key] = mergeInto(props[key], schema);
      }
      const required = Object.keys(props).filter((k) => list.every((o) => o.required.has(k)));
      out[name] = { type: "object", properties: sortKeys(props), required: required.sort(), additionalProperties: true };
      out[name]["x-dokploy-table"] = list[0].table.key;
    }
    for (const [name, schema] of this.named) {
      if (out[name]) throw new Error(`type ${name} has the name of a table`);
      out[name] = schema;
    }
    return sortKeys(out);
  }

  // A procedure that returns nothing answers 200 with an empty body (application.deploy's
  // `true | undefined`: `true` on Dokploy Cloud only, nothing on a self-hosted server).
  body(type) {
    const members = type.flags & ts.TypeFlags.Union ? type.types : [type];
    const nothing = (m) => m.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void);
    if (members.every(nothing)) return { "x-empty": true };
    const schema = this.convert(type, this.current, 0);
    return members.some(nothing) ? { ...schema, "x-may-be-empty": true } : schema;
  }

  run() {
    this.loadTables();
    const operations = {};
    const routers = this.checker.getPropertiesOfType(this.exported("Outputs"));
    let count = 0;
    for (const router of routers) {
      for (const procedure of this.checker.getPropertiesOfType(this.typeOf(router))) {
        this.current = `${router.name}.${procedure.name}`;
        operations[this.current] = this.body(this.typeOf(procedure));
        count += 1;
      }
      log(`${count} procedures (router ${router.name})`);
    }
    return { operations: sortKeys(operations), definitions: this.definitions() };
  }
}

function isRelation(schema) {
  const options = schema.anyOf || [schema];
  return options.every(
    (o) => o.$ref || o.type === "array" || o.type === "object" || o.type === "null" || (Array.isArray(o.type) && o.type.includes("object")),
  );
}

function nullable(schema) {
  const options = schema.anyOf || [schema];
  if (options.some((o) => o.type === "null" || (Array.isArray(o.type) && o.type.includes("null")))) return schema;
  return { anyOf: [...options, { type: "null" }] };
}

function integerOf(schema) {
  if (schema.type === "number") return { ...schema, type: "integer" };
  if (Array.isArray(schema.type) && schema.type.includes("number")) {
    return { ...schema, type: schema.type.map((t) => (t === "number" ? "integer" : t)) };
  }
  return schema;
}

function mergeInto(previous, schema) {
  if (previous === undefined) return schema;
  if (JSON.stringify(previous) === JSON.stringify(schema)) return previous;
  if (previous.type === "object" && schema.type === "object" && previous.properties && schema.properties) {
    const props = { ...previous.properties };
    for (const [key, value] of Object.entries(schema.properties)) props[key] = mergeInto(props[key], value);
    const a = new Set(previous.required || []);
    const required = (schema.required || []).filter((k) => a.has(k)).sort();
    const merged = { ...previous, properties: sortKeys(props), required };
    if (!required.length) delete merged.required;
    return merged;
  }
  if (previous["x-untyped"]) return previous;
  if (schema["x-untyped"]) return schema;
  const options = new Map();
  for (const s of [...(previous.anyOf || [previous]), ...(schema.anyOf || [schema])]) options.set(JSON.stringify(s), s);
  return { anyOf: [...options.values()] };
}

function sortKeys(object) {
  return Object.fromEntries(Object.keys(object).sort().map((k) => [k, object[k]]));
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const src = path.resolve(args["dokploy-src"]);
  log(`TypeScript ${ts.version}; loading ${src}/apps/dokploy/tsconfig.json`);
  const { program, entryFile } = loadProgram(src);
  log(`program loaded: ${program.getSourceFiles().length} files, ${((Date.now() - started) / 1000).toFixed(1)}s`);
  const extractor = new Extractor(program, entryFile, src);
  const result = extractor.run();
  const { top, inside } = untypedParts(result.operations, result.definitions);
  const version = readVersion(src);
  const data = {
    dokployVersion: version,
    typescript: ts.version,
    operations: result.operations,
    definitions: result.definitions,
    untyped: { top, inside },
  };
  fs.writeFileSync(args.output, `${JSON.stringify(data, null, 1)}\n`);
  log(`${Object.keys(result.operations).length} procedures, ${Object.keys(result.definitions).length} definitions`);
  log(`could not type (plain JSON): ${top.map((t) => `${t.operation} (${t.why})`).join(", ") || "none"}`);
  log(`with an untyped part inside: ${inside.map((i) => i.operation).join(", ") || "none"}`);
  log(`wrote ${args.output} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}

function readVersion(src) {
  const pkg = JSON.parse(fs.readFileSync(path.join(src, "apps", "dokploy", "package.json"), "utf8"));
  return `v${String(pkg.version).replace(/^v/, "")}`;
}

try {
  main();
} catch (error) {
  process.stderr.write(`[types] error: ${error.message}\n`);
  process.exit(1);
}
