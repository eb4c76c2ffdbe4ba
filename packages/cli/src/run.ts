import { parseArgs } from 'node:util';
import { CommandError, type Io, UsageError } from './io.ts';

export const usage = `Usage: communique <command> [options]

Commands:
  check [--format pretty|json|github] [--cache <dir> | --no-cache]
                                          validate the press room (exit 1 on any error)
  status [--format pretty|json] [--now <instant>]
                                          the translation matrix, embargoed and draft releases
  new <year>/<slug> --lang <tag>          scaffold an original release, as a draft
  translate <year>/<slug> --to <tag> [--from <tag>]
                                          scaffold a translation from its source
  translate <year>/<slug> --to <tag> --done
                                          record that the translation matches its source
  build [--out <dir>] [--now <instant>] [--preview] [--cache <dir> | --no-cache]
                                          check, then build the site (default out: site/_site)
  serve [--port <n>] [--preview] [--now <instant>] [--out <dir>] [--cache <dir> | --no-cache]
                                          build and serve locally, rebuilding on change

Options for every command:
  --content <dir>                         the content folder (default: content)
  -h, --help                              show this help
`;

type CommandRunner = (
  io: Io,
  positionals: string[],
  values: Record<string, string | boolean | undefined>,
) => number | Promise<number>;

interface Command {
  readonly options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  readonly run: CommandRunner;
}

const str = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

// Each command loads its modules when it runs: `check` need not load Eleventy and the site.
const commands: Record<string, Command> = {
  check: {
    options: { format: { type: 'string' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' } },
    run: (io, positionals, values) => {
      if (positionals.length > 0)
        throw new UsageError(`\`check\` takes no arguments, got \`${positionals.join(' ')}\``);
      return import('./commands/check.ts').then(({ runCheck }) =>
        runCheck(io, {
          content: str(values.content),
          format: str(values.format),
          cache: values.cache,
          noCache: values['no-cache'],
        }),
      );
    },
  },
  new: {
    options: { lang: { type: 'string' } },
    run: (io, positionals, values) =>
      import('./commands/new.ts').then(({ runNew }) =>
        runNew(io, positionals[0], { content: str(values.content), lang: str(values.lang) }),
      ),
  },
  status: {
    options: { format: { type: 'string' }, now: { type: 'string' } },
    run: (io, positionals, values) =>
      import('./commands/status.ts').then(({ runStatus }) => runStatus(io, positionals, values)),
  },
  translate: {
    options: { to: { type: 'string' }, from: { type: 'string' }, done: { type: 'boolean' } },
    run: (io, positionals, values) =>
      import('./commands/translate.ts').then(({ runTranslate }) => runTranslate(io, positionals, values)),
  },
  build: {
    options: {
      out: { type: 'string' },
      now: { type: 'string' },
      preview: { type: 'boolean' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
    run: (io, positionals, values) =>
      import('./commands/build.ts').then(({ runBuild }) => runBuild(io, positionals, values)),
  },
  serve: {
    options: {
      out: { type: 'string' },
      now: { type: 'string' },
      preview: { type: 'boolean' },
      port: { type: 'string' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
    },
    run: (io, positionals, values) =>
      import('./commands/serve.ts').then(({ runServe }) => runServe(io, positionals, values)),
  },
};

/** Runs the CLI and returns its exit status: 0 ok, 1 problems found or refused, 2 usage error. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout(usage);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`communique: unknown command \`${name}\`\n\n${usage}`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: [...rest],
      options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' }, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.stdout(usage);
      return 0;
    }
    return await command.run(io, positionals, values);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`communique ${name}: ${(error as Error).message}\n\nRun \`communique --help\` for usage.\n`);
      return 2;
    }
    if (error instanceof CommandError) {
      io.stderr(`communique ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}
