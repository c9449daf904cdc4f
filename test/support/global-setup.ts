import { embeddedTemplate, postgresTemplate } from './database-templates.ts';

/**
 * Before the test workers start: the migrated databases every test file copies, made once here rather than by
 * several workers at once (test/support/database-templates.ts).
 */
export default async function setup(): Promise<void> {
  await embeddedTemplate();
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) await postgresTemplate(adminUrl);
}
