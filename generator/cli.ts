/** `gen-gateway [spec]`: argument parsing (commander) and exit codes; the work is in `generate.ts`. */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { GenerateError } from './errors.js';
import { GENERATOR_VERSION } from './version.js';
import { check, generate, type GenerateOptions } from './generate.js';
import { colors, formatDiagnostics, warningSummary, type OutputFormat } from './report.js';
import { GENERATOR_WARNING_RULES } from './load/warning-rules.js';
import { CONFIG_FILE, loadConfig } from './config.js';

/** 0 done; 1 the spec is invalid or the output is stale; 2 bad usage; 70 a bug in gen-gateway. */
export const ExitCode = { Ok: 0, Failed: 1, Usage: 2, Internal: 70 } as const;

interface CliOptions {
  out?: string;
  name?: string;
  check?: boolean;
  strict?: boolean;
  config?: string;
  watch?: boolean;
  perspective?: 'client' | 'server';
  runtime?: 'bundled' | 'package';
  format: OutputFormat;
  force?: boolean;
  allowRefOutside?: boolean;
  timeout?: number;
  maxMemory?: number;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Ends `--watch` (tests); the command line ends it with Ctrl-C. */
  signal?: AbortSignal;
}

function positive(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${flag} takes a positive number`);
    return n;
  };
}

/** The command line; commander's own output (help, version, usage errors) goes through `io` like the rest. */
function program(io: CliIo): Command {
  return new Command('gen-gateway')
    .description(`Compile an AsyncAPI document into a typed client package. Without a spec, the specs of ${CONFIG_FILE}.`)
    .version(GENERATOR_VERSION, '-v, --version')
    .argument('[spec]', 'the AsyncAPI document (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (default: generated/<spec name>)')
    .option('--name <pkg>', 'npm package name (default: <spec name>-client)')
    .option('--check', 'exit 1 and list the files that differ if the output is not in sync with the spec; write nothing')
    .option('--strict', 'show the parser\'s warnings and fail on them')
    .option('-c, --config <file>', `the config file listing several specs (default: ./${CONFIG_FILE} when no spec is given)`)
    .option('-w, --watch', 'regenerate whenever an input file changes (never exits on a spec error)')
    .addOption(new Option('--perspective <side>', 'client (default): generate the counterpart of the application the document describes (2.x publish / 3.x receive = this side sends); server: the application itself').choices(['client', 'server']))
    .addOption(new Option('--runtime <link>', 'bundled (default): compile the runtime into the package, which then depends on ws only; package: depend on @gen-gateway/runtime').choices(['bundled', 'package']))
    .addOption(new Option('--format <format>', 'how to print diagnostics').choices(['text', 'json', 'github']).default('text'))
    .option('--force', 'replace the output folder even if gen-gateway did not write it or its files were edited')
    .option('--allow-ref-outside', 'let $refs reach files outside the spec\'s folder')
    .addOption(new Option('--timeout <seconds>', 'how long parsing may take (default: 20 s, more for large documents)').argParser(positive('--timeout')))
    .addOption(new Option('--max-memory <mb>', 'heap for parsing, in MB (default 1024)').argParser(positive('--max-memory')))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.replace(/\n$/, '')),
      writeErr: (text) => io.err(text.replace(/\n$/, '')),
      outputError: (text, write) => write(colors.err.red(text)),
    });
}

/** What the flags say for every spec, from the command line or the config file. */
function sharedOptions(opts: CliOptions): Partial<GenerateOptions> {
  const limits = { ...(opts.timeout !== undefined && { timeoutMs: opts.timeout * 1000 }), ...(opts.maxMemory !== undefined && { maxMemoryMb: opts.maxMemory }) };
  return {
    ...(opts.strict !== undefined && { strict: opts.strict }),
    ...(opts.force !== undefined && { force: opts.force }),
    ...(opts.allowRefOutside !== undefined && { allowRefOutside: opts.allowRefOutside }),
    ...(opts.runtime !== undefined && { runtime: opts.runtime }),
    ...(Object.keys(limits).length > 0 && { limits }),
  };
}

/** The specs to run: the argument, or the config file (`--config`, else `./gen-gateway.config.json`). */
async function resolveSpecs(spec: string | undefined, opts: CliOptions): Promise<{ specs: GenerateOptions[]; configFile?: string }> {
  if (spec !== undefined) {
    if (opts.config !== undefined) throw new GenerateError('bad-argument', 'give either a spec or --config, not both');
    return {
      specs: [{
        spec,
        perspective: opts.perspective ?? 'client',
        ...(opts.out !== undefined && { outDir: opts.out }),
        ...(opts.name !== undefined && { packageName: opts.name }),
        ...sharedOptions(opts),
      }],
    };
  }
  if (opts.out !== undefined || opts.name !== undefined) throw new GenerateError('bad-argument', '--out and --name apply to one spec; with a config file, set them per spec');
  const configFile = opts.config ?? CONFIG_FILE;
  const found = await access(configFile).then(() => true, () => false);
  if (!found) {
    throw new GenerateError('bad-argument', opts.config !== undefined ? `${configFile}: no such file` : `no spec given, and no ${CONFIG_FILE} in ${process.cwd()}`);
  }
  const specs = (await loadConfig(configFile)).map((s) => ({
    ...s,
    ...sharedOptions(opts),
    ...(opts.perspective !== undefined && { perspective: opts.perspective }),
  }));
  return { specs, configFile };
}

function time(): string {
  return new Date().toTimeString().slice(0, 8);
}

/** One spec: generate (or check), print the outcome, return its exit code. */
async function runSpec(options: GenerateOptions, opts: CliOptions, io: CliIo, results: unknown[], fromConfig: boolean): Promise<number> {
  const spec = options.spec;
  const rerun = fromConfig ? (opts.config !== undefined ? `--config ${opts.config}` : '') : `${spec}${opts.out ? ` --out ${opts.out}` : ''}`;
  const stamp = opts.watch ? `${colors.out.dim(time())} ` : '';
  try {
    if (opts.check) {
      const result = await check(options);
      if (opts.format === 'json') results.push({ ok: result.upToDate, spec, ...result });
      else if (result.upToDate) io.out(`${result.outDir} is up to date with ${spec}${result.fast ? '' : ' (checked by regenerating)'}`);
      else {
        io.err(colors.err.red(`${result.outDir} is out of date with ${spec}:`));
        for (const [label, files] of [['changed', result.drift.changed], ['missing', result.drift.added], ['extra', result.drift.removed]] as const) {
          for (const file of files) io.err(`  ${label}: ${file}`);
          if (opts.format === 'github') for (const file of files) io.err(`::error file=${result.outDir}/${file}::generated file ${label}; run npx gen-gateway ${rerun}`);
        }
        if (opts.format === 'github') {
          // The cause, where it is: an annotation on each input file that changed since the output was made.
          for (const input of result.changedInputs) {
            io.err(`::error file=${path.join(path.dirname(spec), input)},line=1,title=spec changed::${input} changed since ${result.outDir} was generated (${result.drift.changed.length + result.drift.added.length + result.drift.removed.length} generated files differ); run npx gen-gateway ${rerun}`);
          }
        }
        io.err(`run: npx gen-gateway ${rerun}`.trimEnd());
      }
      return result.upToDate ? ExitCode.Ok : ExitCode.Failed;
    }
    const result = await generate(options);
    if (opts.format === 'json') results.push({ ok: true, spec, outDir: result.outDir, files: [...result.files.keys()], warnings: result.warnings });
    else {
      // The generator's own warnings say what the client will do with this document: each in full. The parser's
      // (style: missing ids, tags...) are summed up in one line unless --strict asks for them.
      const own = result.warnings.filter((w) => GENERATOR_WARNING_RULES.has(w.rule));
      for (const line of formatDiagnostics(own, opts.format)) io.err(line);
      const summary = opts.watch ? undefined : warningSummary(result.warnings.filter((w) => !GENERATOR_WARNING_RULES.has(w.rule)));
      if (summary !== undefined) io.err(summary);
      const sent = result.ir.messages.filter((m) => m.direction === 'send').length;
      io.out(`${stamp}${colors.out.green('wrote')} ${result.outDir} (${result.files.size} files: ${sent} sent and ${result.ir.messages.length - sent} received messages, ${result.ir.schemas.length} types)`);
    }
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof GenerateError) {
      if (opts.format === 'json') results.push({ ok: false, spec, code: error.code, message: error.message, diagnostics: error.diagnostics });
      else {
        for (const line of formatDiagnostics(error.diagnostics, opts.format)) io.err(line);
        io.err(`${stamp}${colors.err.red('gen-gateway:')} ${error.message}; nothing was written.`);
      }
      return exitCodeOf(error);
    }
    io.err(`${stamp}${colors.err.red('gen-gateway: internal error:')} ${(error as Error).message}`);
    io.err('This is a bug in gen-gateway; nothing was written. Run with DEBUG=gen-gateway for the stack trace.');
    if (process.env.DEBUG?.includes('gen-gateway')) io.err(String((error as Error).stack));
    return ExitCode.Internal;
  }
}

/** What the user asked for cannot be done as asked (exit 2), or the document is at fault (exit 1). */
function exitCodeOf(error: GenerateError): number {
  return error.code === 'bad-argument' || error.code === 'spec-not-found' || error.code === 'output-not-ours' ? ExitCode.Usage : ExitCode.Failed;
}

function printUsageError(error: GenerateError, opts: CliOptions, io: CliIo): void {
  if (opts.format === 'json') io.out(JSON.stringify({ ok: false, code: error.code, message: error.message, diagnostics: error.diagnostics }, null, 2));
  else {
    for (const line of formatDiagnostics(error.diagnostics, opts.format)) io.err(line);
    io.err(`${colors.err.red('gen-gateway:')} ${error.message}`);
  }
}

export async function main(argv: string[], io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}): Promise<number> {
  const cmd = program(io);
  try {
    cmd.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw error;
  }
  const opts = cmd.opts<CliOptions>();
  if (opts.watch && opts.check) {
    io.err(colors.err.red('gen-gateway: --watch and --check do not go together'));
    return ExitCode.Usage;
  }
  let resolved: Awaited<ReturnType<typeof resolveSpecs>>;
  try {
    resolved = await resolveSpecs(cmd.args[0], opts);
  } catch (error) {
    if (!(error instanceof GenerateError)) throw error;
    printUsageError(error, opts, io);
    return exitCodeOf(error);
  }

  const results: unknown[] = [];
  const flush = () => {
    if (opts.format !== 'json' || results.length === 0) return;
    io.out(JSON.stringify(resolved.configFile === undefined && results.length === 1 ? results[0] : { ok: results.every((r) => (r as { ok: boolean }).ok), results }, null, 2));
    results.length = 0;
  };

  if (opts.watch) {
    const { watchSpecs } = await import('./watch.js');
    const signal = io.signal ?? abortOnSigint();
    let specs = resolved.specs;
    await watchSpecs<GenerateOptions>({
      targets: async () => {
        if (resolved.configFile === undefined) return specs.map((s) => ({ target: s, entry: s.spec }));
        try {
          specs = (await resolveSpecs(undefined, opts)).specs;
        } catch (error) {
          if (!(error instanceof GenerateError)) throw error;
          printUsageError(error, opts, io);
        }
        return specs.map((s) => ({ target: s, entry: s.spec }));
      },
      run: async (spec) => {
        await runSpec(spec, opts, io, results, resolved.configFile !== undefined);
        flush();
      },
      ...(resolved.configFile !== undefined && { alsoWatch: [path.resolve(resolved.configFile)] }),
      signal,
    });
    return ExitCode.Ok;
  }

  let code: number = ExitCode.Ok;
  for (const spec of resolved.specs) code = Math.max(code, await runSpec(spec, opts, io, results, resolved.configFile !== undefined));
  flush();
  return code;
}

function abortOnSigint(): AbortSignal {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  return controller.signal;
}
