import { basename } from 'node:path';
import { Argument, Command, Option } from 'commander';
import { ConfigError } from './config.ts';
import { keepHeapNearLiveSize } from './cli/heap.ts';
import { cliActor, say, withContext } from './cli/runtime.ts';
import { createApiClient } from './modules/identity/api-clients/index.ts';
import { listApiClients, revokeApiClient } from './modules/identity/api-clients/index.ts';
import { isOrukApiUrl, streamOrukRemote } from './modules/community/directory/index.ts';
import { readOrukSource } from './modules/community/directory/index.ts';
import { formatImportReport, importDirectory } from './modules/community/directory/index.ts';
import { readPostcodeCsv } from './modules/community/directory/index.ts';
import { formatPostcodeImportReport, importPostcodes } from './modules/community/directory/index.ts';
import { readImdFile } from './modules/reporting/deprivation/index.ts';
import { formatDeprivationImportReport, importDeprivation } from './modules/reporting/deprivation/index.ts';
import { formatPracticeListImportReport, importPracticeLists } from './modules/reporting/practice-lists/index.ts';
import { readPracticeList } from './modules/reporting/practice-lists/index.ts';
import { setTwoFactorRequired } from './modules/identity/settings/index.ts';
import { createUser } from './modules/identity/users/index.ts';
import { AppError } from './platform/errors.ts';

const ROLES = [
  'administrator',
  'scheme_manager',
  'supervisor',
  'link_worker',
  'referrer',
  'community_org_user',
  'commissioner',
] as const;

const program = new Command('linkwork')
  .description('Linkwork: social prescribing for NHS primary care. Configure with environment variables (see README).')
  .showHelpAfterError();

program
  .command('start')
  .description('Start the server (runs migrations first; a new embedded database gets demo data)')
  .option('--demo', 'create the demo data (also on PostgreSQL) if it is not there')
  .option('--no-demo', 'never create demo data')
  .option('--dev', 'development mode (same as start; use "vite" in web/ for hot reload)')
  // The server and the demo seed are loaded only by the commands that use them: loaded by every command, the HTTP app
  // and its routes added about 45 MB of resident memory (and a larger heap for V8 to grow from) to a directory import.
  .action(async (opts: { demo?: boolean }) =>
    (await import('./cli/start.ts')).start({ ...(opts.demo === undefined ? {} : { demo: opts.demo }) }),
  );

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(() => withContext('migrate', async () => say('Database schema is up to date.')));

program
  .command('seed')
  .description('Create demo data: a demo scheme, organisations and one user per role')
  .requiredOption('--demo', 'confirm that demo data is wanted (never created silently)')
  .action(() =>
    withContext('seed', async (ctx) => {
      const { seedDemo } = await import('./demo/seed-demo.ts');
      const created = await seedDemo(ctx, (m) => say(`  ${m}`));
      say(
        created
          ? 'Demo data created. Two-factor sign-in is now off for this deployment.'
          : 'Demo data is already present; nothing changed.',
      );
    }),
  );

const users = program.command('users').description('Manage user accounts');
users
  .command('add')
  .description('Add a user and print a one-time password they must change at first sign-in')
  .requiredOption('--email <email>', 'email address (used to sign in)')
  .requiredOption('--name <name>', 'full name')
  .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
  .option('--scheme <slug>', 'scheme slug (every role except administrator)')
  .option('--organisation <id>', 'organisation id (community organisation users; optional GP practice for referrers)')
  .action(
    (opts: { email: string; name: string; role: (typeof ROLES)[number]; scheme?: string; organisation?: string }) =>
      withContext('users add', async (ctx) => {
        const { user, oneTimePassword } = await createUser(ctx, cliActor('users add'), {
          name: opts.name,
          email: opts.email,
          memberships: [
            {
              role: opts.role,
              ...(opts.scheme ? { schemeSlug: opts.scheme } : {}),
              ...(opts.organisation ? { organisationId: opts.organisation } : {}),
            },
          ],
        });
        say(`Created ${user.name} <${user.email}> as ${opts.role}${opts.scheme ? ` in ${opts.scheme}` : ''}.`);
        say(`One-time password (shown once; they must change it at first sign-in): ${oneTimePassword}`);
      }),
  );

const clients = program.command('clients').description('Manage API clients (system integrations such as GP systems)');
clients
  .command('add')
  .description('Register an API client for one scheme and print its bearer token once')
  .requiredOption('--name <name>', 'what the client is, e.g. "EMIS Web – Riverside"')
  .requiredOption('--scheme <slug>', 'the scheme it may send referrals to')
  .option(
    '--organisation <id>',
    'a community organisation whose system this is: it may read and update the onward-referral Tasks the organisation owns',
  )
  .action((opts: { name: string; scheme: string; organisation?: string }) =>
    withContext('clients add', async (ctx) => {
      const { id, token } = await createApiClient(ctx, cliActor('clients add'), {
        name: opts.name,
        schemeSlug: opts.scheme,
        organisationId: opts.organisation ?? null,
      });
      say(`API client ${id} created for scheme ${opts.scheme}.`);
      say(`Bearer token (shown once; store it in the client system's secrets): ${token}`);
    }),
  );

clients
  .command('list')
  .description('List API clients: id, scheme, token prefix, last used, revoked')
  .action(() =>
    withContext('clients list', async (ctx) => {
      const rows = await listApiClients(ctx, cliActor('clients list'));
      if (rows.length === 0) say('No API clients yet. Add one with "linkwork clients add".');
      for (const c of rows) {
        say(
          `${c.id}  ${c.schemeSlug.padEnd(16)} lw_${c.tokenPrefix}_…  ${c.name}  last used: ${c.lastUsedAt?.toISOString() ?? 'never'}${c.revokedAt ? `  REVOKED ${c.revokedAt.toISOString()}` : ''}`,
        );
      }
    }),
  );
clients
  .command('revoke')
  .description('Revoke an API client token at once')
  .argument('<id>', 'the client id (see "linkwork clients list")')
  .requiredOption('--reason <text>', 'why it is revoked (kept in the audit log)')
  .action((id: string, opts: { reason: string }) =>
    withContext('clients revoke', async (ctx) => {
      await revokeApiClient(ctx, cliActor('clients revoke'), id, opts.reason);
      say(`API client ${id} is revoked; its token no longer works.`);
    }),
  );

program
  .command('two-factor')
  .description('Require two-factor sign-in for everyone (on, the default) or not (off; the demo turns it off)')
  .addArgument(new Argument('<setting>', 'on or off').choices(['on', 'off']))
  .action((setting: 'on' | 'off') =>
    withContext('two-factor', async (ctx) => {
      await setTwoFactorRequired(ctx, cliActor('two-factor'), setting === 'on');
      say(
        setting === 'on'
          ? 'Two-factor sign-in is now required: people without an authenticator set one up at their next sign-in.'
          : 'Two-factor sign-in is no longer required.',
      );
    }),
  );

const directory = program.command('directory').description('The community directory (Open Referral UK 3.0)');
directory
  .command('import')
  .description(
    'Import ORUK records: a JSON file (one record or a paged list), a folder of JSON files, a folder with the CSV package, or a published ORUK API (http(s)://…/oruk)',
  )
  .argument('<path>', 'file, folder or API address to import')
  .action(async (path: string) => {
    keepHeapNearLiveSize();
    const records = isOrukApiUrl(path) ? await streamOrukRemote(path, { progress: say }) : readOrukSource(path);
    say(`Importing ${path} as it is read…`);
    return withContext('directory import', async (ctx) => {
      const report = await importDirectory(ctx, cliActor('directory import'), records, { progress: say });
      for (const line of formatImportReport(report)) say(line);
      if (report.imported === 0)
        throw new Error(`Nothing was imported from ${path}: every record had a problem (listed above).`);
    });
  });

const postcodes = program
  .command('postcodes')
  .description('Postcode centroids for distance searches of the directory (ONS Postcode Directory)');
postcodes
  .command('import')
  .description(
    'Import postcodes from an ONS Postcode Directory CSV (pcds, lat, long, lsoa21) or a "postcode,latitude,longitude,lsoa" CSV',
  )
  .argument('<file>', 'the CSV file')
  .action((file: string) => {
    keepHeapNearLiveSize();
    return withContext('postcodes import', async (ctx) => {
      const report = await importPostcodes(
        ctx,
        cliActor('postcodes import'),
        basename(file),
        readPostcodeCsv(file),
        say,
      );
      for (const line of formatPostcodeImportReport(report)) say(line);
      if (report.created + report.updated + report.unchanged === 0)
        throw new Error(`No postcode was imported from ${file}: every row had a problem (listed above).`);
    });
  });

const reference = program
  .command('reference')
  .description(
    "Public reference data for reports (the English Indices of Deprivation, GP practices' registered lists)",
  );
const referenceImport = reference.command('import').description('Import reference data from its published file');
referenceImport
  .command('imd')
  .description(
    'Import File 1 of the English Indices of Deprivation (IoD2019 or IoD2025, recognised from its header), as downloaded (.xlsx) or saved as CSV',
  )
  .argument('<file>', 'the .xlsx or .csv file')
  .action((file: string) => {
    keepHeapNearLiveSize();
    return withContext('reference import imd', async (ctx) => {
      const report = await importDeprivation(
        ctx,
        cliActor('reference import imd'),
        basename(file),
        readImdFile(file),
        say,
      );
      for (const line of formatDeprivationImportReport(report)) say(line);
      if (report.created + report.updated + report.unchanged === 0)
        throw new Error(`No LSOA was imported from ${file}: every row had a problem (listed above).`);
    });
  });
referenceImport
  .command('practice-list')
  .description(
    "Import GP practices' registered lists by sex and age from NHS Digital's \"Patients Registered at a GP Practice\" CSV (gp-reg-pat-prac-quin-age.csv or a single-year file), replacing each listed practice's earlier list",
  )
  .argument('<file>', 'the CSV file')
  .action((file: string) => {
    keepHeapNearLiveSize();
    return withContext('reference import practice-list', async (ctx) => {
      const report = await importPracticeLists(
        ctx,
        cliActor('reference import practice-list'),
        basename(file),
        readPracticeList(file),
        say,
      );
      for (const line of formatPracticeListImportReport(report)) say(line);
      if (report.practices === 0)
        throw new Error(
          `No practice's list was imported from ${file}: no line gave a practice's patients (see above).`,
        );
    });
  });

program
  .command('backup')
  .description('Back up the embedded database to a file (stop the server first)')
  .option('--out <file>', 'where to write it (default: DATA_DIR/backups/linkwork-<time>.tar.gz)')
  .action(async (opts: { out?: string }) => (await import('./cli/backup.ts')).backup(opts));

program
  .command('restore')
  .description('Replace the embedded database with a backup (stop the server first)')
  .argument('<file>', 'a backup made by "linkwork backup"')
  .option('--yes', 'confirm replacing the current database')
  .action(async (file: string, opts: { yes?: boolean }) => (await import('./cli/backup.ts')).restore(file, opts));

/** Prints problems people can act on, without stack traces. */
function explain(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.errors?.map((e) => `  - ${e.field}: ${e.message}. ${e.fix}`).join('\n');
    return fields ? `${error.title}:\n${fields}` : error.message;
  }
  if (error instanceof ConfigError) return `Configuration problem: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`linkwork: ${explain(error)}\n`);
  process.exit(1);
});
