/**
 * Writes web/src/api/generated/openapi.ts, the browser's types of the API, from the OpenAPI document the
 * server builds out of its TypeBox route schemas. The app is built in this process on an in-memory
 * embedded database, so no server needs to be running.
 *
 *   npm run generate:api             writes the file
 *   npm run generate:api -- --check  fails when the file differs from what the server's schemas give
 */
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { createContext } from '../src/create-context.ts';
import { openDatabase } from '../src/db/database.ts';

const OUTPUT = fileURLToPath(new URL('../web/src/api/generated/openapi.ts', import.meta.url));
const RELATIVE_OUTPUT = 'web/src/api/generated/openapi.ts';

const HEADER = `/**
 * Generated from the server's OpenAPI document (GET /api/openapi.json) by openapi-typescript.
 * Do not edit: change the route schemas in src/modules, then run \`npm run generate:api\`.
 * \`npm run check\` fails when this file is out of date.
 */
`;

/** The OpenAPI document exactly as the server serves it, from an app on a throwaway embedded database. */
async function openApiDocument(): Promise<OpenAPI3> {
  const config = loadConfig({
    SECRET_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
  });
  const database = await openDatabase({ databaseUrl: null, embeddedDir: 'memory://' });
  try {
    await database.migrate();
    const ctx = await createContext(config, database);
    const app = await buildApp(ctx, { logger: false });
    try {
      await app.ready();
      return app.swagger() as OpenAPI3;
    } finally {
      await app.close();
      await ctx.jobs.stop();
    }
  } finally {
    await database.close();
  }
}

/** The file's full text: the header and openapi-typescript's output, formatted as the tree is. */
async function generatedText(): Promise<string> {
  const ast = await openapiTS(await openApiDocument());
  const body = astToString(ast).replace(/^\/\*\*\n \* This file was auto-generated[\s\S]*?\*\/\n/, '');
  const options = (await resolveConfig(OUTPUT)) ?? {};
  return format(`${HEADER}\n${body}`, { ...options, filepath: OUTPUT });
}

const check = process.argv.includes('--check');
const text = await generatedText();
if (check) {
  const current = await readFile(OUTPUT, 'utf8').catch(() => null);
  if (current !== text) {
    process.stderr.write(
      `${RELATIVE_OUTPUT} does not match the server's route schemas: run \`npm run generate:api\` and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`${RELATIVE_OUTPUT} matches the server's route schemas.\n`);
} else {
  await writeFile(OUTPUT, text);
  process.stdout.write(`wrote ${RELATIVE_OUTPUT}\n`);
}
