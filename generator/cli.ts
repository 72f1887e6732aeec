/** `gen-gateway <spec>`: argument parsing (commander) and exit codes; the work is in `generate.ts`. */
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { GenerateError } from './errors.js';
import { GENERATOR_VERSION } from './version.js';
import { check, generate, type GenerateOptions } from './generate.js';
import { formatDiagnostics, warningSummary, type OutputFormat } from './report.js';

/** 0 done; 1 the spec is invalid or the output is stale; 2 bad usage; 70 a bug in gen-gateway. */
export const ExitCode = { Ok: 0, Failed: 1, Usage: 2, Internal: 70 } as const;

interface CliOptions {
  out?: string;
  name?: string;
  check?: boolean;
  strict?: boolean;
  perspective: 'client' | 'server';
  format: OutputFormat;
}

function program(): Command {
  return new Command('gen-gateway')
    .description('Compile an AsyncAPI document into a typed client package.')
    .version(GENERATOR_VERSION, '-v, --version')
    .argument('<spec>', 'the AsyncAPI document (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (default: generated/<spec name>)')
    .option('--name <pkg>', 'npm package name (default: <spec name>-client)')
    .option('--check', 'exit 1 and list the files that differ if the output is not in sync with the spec; write nothing')
    .option('--strict', 'show the parser\'s warnings and fail on them')
    .addOption(new Option('--perspective <side>', 'whose side 2.x publish/subscribe describe: publish = this side sends').choices(['client', 'server']).default('client'))
    .addOption(new Option('--format <format>', 'how to print diagnostics').choices(['text', 'json', 'github']).default('text'))
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(pc.red(text)) });
}

export async function main(argv: string[], io: { out: (line: string) => void; err: (line: string) => void } = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}): Promise<number> {
  const cmd = program();
  try {
    cmd.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw error;
  }
  const opts = cmd.opts<CliOptions>();
  const spec = cmd.args[0]!;
  const options: GenerateOptions = {
    spec,
    perspective: opts.perspective,
    ...(opts.out !== undefined && { outDir: opts.out }),
    ...(opts.name !== undefined && { packageName: opts.name }),
    ...(opts.strict !== undefined && { strict: opts.strict }),
  };
  const json = (value: unknown) => io.out(JSON.stringify(value, null, 2));
  try {
    if (opts.check) {
      const result = await check(options);
      if (opts.format === 'json') json({ ok: result.upToDate, ...result });
      else if (result.upToDate) io.out(`${result.outDir} is up to date with ${spec}${result.fast ? '' : ' (checked by regenerating)'}`);
      else {
        io.err(pc.red(`${result.outDir} is out of date with ${spec}:`));
        for (const [label, files] of [['changed', result.drift.changed], ['missing', result.drift.added], ['extra', result.drift.removed]] as const) {
          for (const file of files) io.err(`  ${label}: ${file}`);
          if (opts.format === 'github') for (const file of files) io.err(`::error file=${result.outDir}/${file}::generated file ${label}; run npx gen-gateway ${spec}`);
        }
        io.err(`run: npx gen-gateway ${spec}${opts.out ? ` --out ${opts.out}` : ''}`);
      }
      return result.upToDate ? ExitCode.Ok : ExitCode.Failed;
    }
    const result = await generate(options);
    if (opts.format === 'json') json({ ok: true, outDir: result.outDir, files: [...result.files.keys()], warnings: result.warnings });
    else {
      const summary = warningSummary(result.warnings);
      if (summary !== undefined) io.err(summary);
      const sent = result.ir.messages.filter((m) => m.direction === 'send').length;
      io.out(`${pc.green('wrote')} ${result.outDir} (${result.files.size} files: ${sent} sent and ${result.ir.messages.length - sent} received messages, ${result.ir.schemas.length} types)`);
    }
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof GenerateError) {
      if (opts.format === 'json') json({ ok: false, code: error.code, message: error.message, diagnostics: error.diagnostics });
      else {
        for (const line of formatDiagnostics(error.diagnostics, opts.format)) io.err(line);
        io.err(`${pc.red('gen-gateway:')} ${error.message}; nothing was written.`);
      }
      return error.code === 'bad-argument' ? ExitCode.Usage : ExitCode.Failed;
    }
    io.err(`${pc.red('gen-gateway: internal error:')} ${(error as Error).message}`);
    io.err('This is a bug in gen-gateway; nothing was written. Run with DEBUG=gen-gateway for the stack trace.');
    if (process.env.DEBUG?.includes('gen-gateway')) io.err(String((error as Error).stack));
    return ExitCode.Internal;
  }
}
