/**
 * The last check before anything is written: every type a generated module refers to is declared, imported,
 * a type parameter or one of TypeScript's own. A reference to a type nobody declared (the way a Modelina model
 * we did not name used to surface, `Cannot find name 'Payload_meta'`) fails the generation with an error at
 * the schema responsible, instead of a package that does not compile. Syntax only: no type checker, so cheap.
 */
import { Node, SyntaxKind, type Project, type SourceFile } from 'ts-morph';
import type { GatewayIr } from '../ir/types.js';
import { GenerateError, type Diagnostic } from '../errors.js';
import { locatePointer } from '../load/locate.js';

/** Types every TypeScript program has (the lib), as far as generated code uses them. */
const GLOBAL_TYPES = new Set([
  'Record', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'Exclude', 'Extract', 'NonNullable', 'ReturnType',
  'Parameters', 'InstanceType', 'ConstructorParameters', 'Awaited', 'Promise', 'PromiseLike', 'Array', 'ReadonlyArray',
  'Map', 'ReadonlyMap', 'Set', 'ReadonlySet', 'WeakMap', 'Uint8Array', 'ArrayBuffer', 'Error', 'RegExp', 'Date',
  'AbortSignal', 'Function', 'Object', 'String', 'Number', 'Boolean', 'Symbol', 'BigInt',
  // `x as const` parses as a reference to a type named `const`.
  'const',
]);

export interface Undeclared {
  module: string;
  name: string;
  /** The declaration that refers to it (`LightMeasuredPayload`), when the reference sits in one. */
  inside?: string;
}

function declaredIn(file: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const node of [...file.getInterfaces(), ...file.getTypeAliases(), ...file.getClasses(), ...file.getEnums()]) {
    const name = node.getName();
    if (name !== undefined) names.add(name);
  }
  for (const declaration of file.getImportDeclarations()) {
    for (const specifier of declaration.getNamedImports()) names.add(specifier.getAliasNode()?.getText() ?? specifier.getName());
    const namespace = declaration.getNamespaceImport();
    if (namespace !== undefined) names.add(namespace.getText());
  }
  for (const parameter of file.getDescendantsOfKind(SyntaxKind.TypeParameter)) names.add(parameter.getName());
  return names;
}

/** Generated modules only: the copied templates and runtime are checked by their own tests. */
export function findUndeclared(project: Project, modules: string[]): Undeclared[] {
  const exportsOf = new Map<string, Set<string>>();
  const declared = (path: string): Set<string> => {
    let names = exportsOf.get(path);
    if (names === undefined) {
      const file = project.getSourceFile(path);
      names = file === undefined ? new Set() : declaredIn(file);
      exportsOf.set(path, names);
    }
    return names;
  };
  const found: Undeclared[] = [];
  for (const module of modules) {
    const file = project.getSourceFile(module);
    if (file === undefined) continue;
    const own = declared(module);
    // `import type * as M from './models.js'`: `M.X` must be declared there.
    const namespaces = new Map(file.getImportDeclarations().flatMap((d) => {
      const ns = d.getNamespaceImport();
      return ns === undefined ? [] : [[ns.getText(), `/src/${d.getModuleSpecifierValue().replace(/^\.\//, '').replace(/\.js$/, '.ts')}`] as const];
    }));
    for (const reference of file.getDescendantsOfKind(SyntaxKind.TypeReference)) {
      const typeName = reference.getTypeName();
      let name: string;
      let ok: boolean;
      if (Node.isQualifiedName(typeName)) {
        const target = namespaces.get(typeName.getLeft().getText());
        name = typeName.getText();
        ok = target === undefined || declared(target).has(typeName.getRight().getText());
      } else {
        name = typeName.getText();
        ok = own.has(name) || GLOBAL_TYPES.has(name);
      }
      if (ok) continue;
      const holder = reference.getFirstAncestor((n) => Node.isInterfaceDeclaration(n) || Node.isTypeAliasDeclaration(n) || Node.isClassDeclaration(n));
      const inside = holder !== undefined && (Node.isInterfaceDeclaration(holder) || Node.isTypeAliasDeclaration(holder) || Node.isClassDeclaration(holder)) ? holder.getName() : undefined;
      if (!found.some((f) => f.module === module && f.name === name && f.inside === inside)) found.push({ module, name, ...(inside !== undefined && { inside }) });
    }
  }
  return found;
}

/** Throws a located `emit-failed` error when a generated module refers to an undeclared type. */
export async function assertDeclared(project: Project, modules: string[], ir: GatewayIr): Promise<void> {
  const undeclared = findUndeclared(project, modules);
  if (undeclared.length === 0) return;
  const diagnostics: Diagnostic[] = [];
  for (const u of undeclared) {
    const schema = ir.schemas.find((s) => s.name === u.inside);
    const file = schema?.source.file ?? '';
    const at = schema === undefined ? { line: 1, column: 1 } : await locatePointer(file, schema.source.pointer).catch(() => ({ line: 1, column: 1 }));
    diagnostics.push({
      severity: 'error',
      rule: 'undeclared-type',
      message: `${u.module.replace(/^\/src\//, 'src/')} refers to the type '${u.name}'${u.inside !== undefined ? ` (in ${u.inside})` : ''}, which is never declared: the package would not compile`,
      file,
      line: at.line,
      column: at.column,
      hint: 'this is a gen-gateway bug; please report it with the schema',
    });
  }
  throw new GenerateError('emit-failed', `the generated code refers to ${undeclared.length} undeclared type${undeclared.length === 1 ? '' : 's'}: ${[...new Set(undeclared.map((u) => u.name))].join(', ')}`, { diagnostics });
}
