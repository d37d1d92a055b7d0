// Teach-mode fixtures (tests/fixtures/teach/README.md) and the picks a user makes on them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureId } from '../../lib/teach/figures';

export const TEACH_FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/teach/');
export const BREVO_URL = 'https://app.brevo.com/camp/report/123';

/** The fixture's HTML. */
export function teachFixtureHtml(file: string): string {
  return readFileSync(TEACH_FIXTURE_DIR + file, 'utf8');
}

/** The visible text a user clicks for each figure on brevo-report.html. */
export const BREVO_PICKS: Record<FigureId, string> = {
  recipients: '2,000',
  delivered: '1,608',
  bounces: '392',
  opens: '704 (43.78%)',
  clicks: '96',
  unsubscribes: '12',
  complaints: '2',
  sender: 'Atelier Example <nieuws@atelier-example.be>',
  sent: '25/03/2025 10:00',
};

/** The report the fixture gives once taught. */
export const BREVO_REPORT = {
  provider: 'taught',
  campaignId: '123',
  sentAt: '2025-03-25T10:00',
  recipients: 2000,
  delivered: 1608,
  bounces: { total: 392 },
  opens: { unique: 704, rate: 0.4378 },
  clicks: { unique: 96 },
  unsubscribes: { count: 12 },
  complaints: { count: 2 },
  senderEmail: 'nieuws@atelier-example.be',
  accountKey: 'taught:app.brevo.com',
  senderDomainHint: 'atelier-example.be',
};
