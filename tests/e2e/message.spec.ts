// "Check a received copy" in the built extension (issue 16): paste a signed fixture message or
// choose its .eml file; the page verifies it with the keys the local DoH server publishes
// (tests/fixtures/messages/zone.ts) and says what the inbox will make of it, in the user's language.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures';
import { setStorage } from '../support/browser';
import { articleZone } from '../fixtures/zones/article';
import { messageZone } from '../fixtures/messages/zone';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/messages');

test.beforeEach(({ doh }) => doh.setZone({ ...articleZone, nodes: { ...articleZone.nodes, ...messageZone.nodes } }));
test.afterEach(({ doh }) => doh.setZone(articleZone));

test('a pasted copy: every line in plain words, a why? per line, the verdict kept for the domain', async ({
  page,
  extensionId,
  worker,
  doh,
}) => {
  await page.goto(`chrome-extension://${extensionId}/message.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a received copy');
  await page.getByTestId('msg-source').fill(readFileSync(join(DIR, 'activecampaign.eml'), 'utf8'));
  await page.getByTestId('msg-check').click();
  const findings = page.getByTestId('msg-finding').locator('.msg-text');
  await expect(findings).toHaveText([
    'DKIM is in order: the signature of fietsen-janssens.be (selector acdkim1) verified and matches the From domain.',
    'DMARC passes for fietsen-janssens.be through DKIM of fietsen-janssens.be (policy p=none).',
    'Gmail will not show an unsubscribe button: List-Unsubscribe-Post is not signed',
  ]);
  await expect(page.getByTestId('msg-dkim').locator('.msg-text')).toHaveText([
    'DKIM signature of fietsen-janssens.be (selector acdkim1, rsa-sha256): verified',
  ]);
  await expect(page.getByTestId('msg-receiver').locator('.msg-text')).toHaveText([
    'A receiver without a name (Microsoft writes none): SPF pass (s2.acemsrvc.com), DKIM pass, DMARC pass',
  ]);
  // The keys and the DMARC record came from the local DoH server, through the page's own resolver.
  expect(doh.log.map((q) => `${q.name} ${q.type}`)).toEqual(
    expect.arrayContaining(['acdkim1._domainkey.fietsen-janssens.be TXT', '_dmarc.fietsen-janssens.be TXT']),
  );

  const unsub = page.getByTestId('msg-finding').nth(2);
  await unsub.getByRole('button', { name: 'why?' }).click();
  await expect(unsub.getByTestId('msg-why')).toContainText(
    'both headers covered by a DKIM signature that verifies (RFC 8058)',
  );

  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          }
        ).chrome;
        const { messageChecks } = await api.storage.local.get('messageChecks');
        const entry = (
          messageChecks as Record<string, { dkim: string; signed: boolean; findings: { id: string }[] }> | undefined
        )?.['fietsen-janssens.be'];
        return entry && { dkim: entry.dkim, signed: entry.signed, ids: entry.findings.map((f) => f.id) };
      }),
    )
    .toEqual({ dkim: 'pass', signed: false, ids: ['unsubscribe-not-signed'] });
});

test('an .eml file with an 8-bit Latin-1 body, in French', async ({ page, extensionId, worker, doh }) => {
  await setStorage(worker, { settings: { resolvers: [doh.url], lang: 'fr', extraSelectors: [] } });
  await page.goto(`chrome-extension://${extensionId}/message.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérifier un exemplaire reçu');
  await page.getByTestId('msg-file').setInputFiles(join(DIR, 'campaign-monitor.eml'));
  await expect(page.getByTestId('msg-finding').locator('.msg-text')).toHaveText([
    'DKIM est en ordre : la signature de atelier-lumiere.be (sélecteur cm) est valide et correspond au domaine d’expéditeur.',
    'La clé de atelier-lumiere.be (sélecteur cm) est une clé RSA de 1024 bits : encore acceptée, mais 2048 est la norme.',
    'DMARC réussit pour atelier-lumiere.be par DKIM de atelier-lumiere.be (politique p=none).',
    'Le désabonnement en un clic est en ordre : un lien https:, List-Unsubscribe-Post, les deux signés.',
  ]);
  await expect(page.getByText("Objet : Nouvelle collection à l'atelier")).toBeVisible();
});

test('the popup links to the page', async ({ context, page, extensionId }) => {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const [opened] = await Promise.all([context.waitForEvent('page'), page.getByTestId('dl-open-message').click()]);
  await expect(opened).toHaveURL(`chrome-extension://${extensionId}/message.html`);
  await expect(opened.getByRole('heading', { level: 1 })).toHaveText('Check a received copy');
});

test('the panel joins the last checked copy of the same From domain to the campaign', async ({ page, worker }) => {
  await setStorage(worker, {
    messageChecks: {
      'atelier-example.be': {
        domain: 'atelier-example.be',
        checkedAt: '2026-12-01T09:00:00.000Z',
        subject: 'Winteractie',
        dkim: 'pass',
        dmarc: 'pass',
        oneClick: true,
        signed: false,
        findings: [{ id: 'unsubscribe-not-signed', severity: 'error', params: { which: 'post' } }],
      },
    },
  });
  // Mailchimp's overview names the From address in its sender banner (esp-pages.md), so the
  // panel prefills the domain from it.
  await page.goto('https://us21.admin.mailchimp.com/reports/summary?id=4409731');
  const panel = page.getByTestId('dl-panel');
  await expect(panel.locator('input[name=domain]')).toHaveValue('atelier-example.be');
  await panel.getByTestId('dl-domain-form').getByRole('button').click();
  const verdict = panel.getByTestId('msg-verdict');
  await expect(verdict.locator('li')).toHaveText([
    '✗ Gmail will not show an unsubscribe button: List-Unsubscribe-Post is not signed',
  ]);
  await expect(verdict).toContainText('Received copy');
});
