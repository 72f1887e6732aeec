/**
 * A file's statements, collected as ts-morph structures and printed once. Adding to a ts-morph SourceFile
 * re-parses the whole file after every call, which made emission quadratic in the number of messages (68 s
 * for 1,000 messages); the emitters add to this list instead, and `createSourceFile` prints and parses it once.
 */
import {
  StructureKind,
  type ClassDeclarationStructure,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type Project,
  type SourceFile,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
} from 'ts-morph';

export class StatementList {
  readonly statements: Array<StatementStructures | WriterFunction | string> = [];

  addImportDeclaration(structure: OptionalKind<ImportDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.ImportDeclaration });
  }

  addExportDeclaration(structure: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.ExportDeclaration });
  }

  addInterface(structure: OptionalKind<InterfaceDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.Interface });
  }

  addTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.TypeAlias });
  }

  addFunction(structure: OptionalKind<FunctionDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.Function });
  }

  addClass(structure: OptionalKind<ClassDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.Class });
  }

  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.VariableStatement });
  }

  /** Code as text (Modelina's output, a copied template) or written through a writer. */
  addStatements(statements: string | WriterFunction): void {
    this.statements.push(statements);
  }

  /**
   * Prints the collected statements into `path` of `project`: the one print and parse of this file. One blank
   * line separates statements (ts-morph's printer leaves none around type aliases and text), none separates
   * consecutive imports or re-exports.
   */
  print(project: Project, path: string): SourceFile {
    const separated: Array<StatementStructures | WriterFunction | string> = [];
    this.statements.forEach((statement, i) => {
      if (i > 0 && !sameModuleKind(statement, this.statements[i - 1])) separated.push((writer) => writer.blankLineIfLastNot());
      separated.push(statement);
    });
    return project.createSourceFile(path, { statements: separated }, { overwrite: true });
  }
}

/** Two imports, or two re-exports, in a row: they stay together. */
function sameModuleKind(a: StatementStructures | WriterFunction | string, b: StatementStructures | WriterFunction | string | undefined): boolean {
  const kind = (s: typeof b) => (typeof s === 'object' ? s.kind : undefined);
  return (kind(a) === StructureKind.ImportDeclaration || kind(a) === StructureKind.ExportDeclaration) && kind(a) === kind(b);
}
