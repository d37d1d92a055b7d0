// @vitest-environment happy-dom
// Teach mode's components: the offer in the "not recognised" panel, the picker driven by mouse and
// keyboard on a fixture page, and the self-check's verdict, in the product's languages.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Unreadable } from '../../components/Unreadable';
import { TeachPicker } from '../../components/TeachPicker';
import { TaughtFailure } from '../../components/TaughtPanel';
import { messages } from '../../lib/i18n';
import { teachTexts } from '../../lib/i18n/teach';
import type { TaughtLayout } from '../../lib/teach/layout';
import { BREVO_URL, teachFixtureHtml } from '../support/teach-fixture';
import { click, mount } from '../support/render';

afterEach(() => {
  document.body.innerHTML = '';
});

const fold = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const onPage = (text: string) =>
  Array.from(document.querySelectorAll('main *')).find(
    (e) => fold(e.textContent) === text && !Array.from(e.children).some((c) => fold(c.textContent) === text),
  )!;
const key = (el: Element, k: string) =>
  act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('teach mode components', () => {
  it('offers "show me where the figures are" on an unreadable page, in the panel language', async () => {
    const onTeach = vi.fn();
    const root = mount(
      <Unreadable t={messages('fr')} lang="fr" onCopyStructure={async () => true} onTeach={onTeach} />,
    );
    const offer = root.querySelector('[data-testid=dl-teach-offer] button')!;
    expect(offer.textContent).toBe('Montrez-moi où sont les chiffres');
    await click(offer);
    expect(onTeach).toHaveBeenCalledTimes(1);
    expect(
      mount(<Unreadable t={messages('en')} onCopyStructure={async () => true} />).querySelector(
        '[data-testid=dl-teach-offer]',
      ),
    ).toBeNull();
  });

  it('picks by mouse and keyboard, refuses a rate, and saves a complete layout only', async () => {
    const html = teachFixtureHtml('brevo-report.html');
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    const save = vi.fn(async (_l: TaughtLayout) => ({ ok: true as const }));
    const close = vi.fn();
    const root = mount(
      <TeachPicker
        t={teachTexts('nl')}
        lang="nl"
        doc={document}
        href={BREVO_URL}
        esp="brevo"
        isOwn={(el) =>
          !el.closest('main') && !el.closest('nav') && el.closest('[data-testid=dl-teach-picker], .dl-teach') !== null
        }
        save={save}
        close={close}
      />,
    );
    const status = () => root.querySelector('[data-testid=dl-teach-status]')!.textContent;
    await click(onPage('2,000'));
    expect(status()).toBe('ontvangers: 2.000 ✓');
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Overslaan'));
    expect(status()).toBe('afgeleverd: overgeslagen');
    await click(onPage('19.6%'));
    expect(status()).toBe('Dat is een percentage. Klik op het aantal bounces, niet op het percentage.');
    // Keyboard: from the rate just clicked, Arrow Left is the bounce count; Arrow Up its card.
    const ask = root.querySelector('[data-testid=dl-teach-ask]')!;
    await key(ask, 'ArrowLeft');
    expect(status()).toBe('Op de pagina: 392');
    await key(ask, 'ArrowUp');
    expect(status()).toBe('Op de pagina: Bounces 392 19.6%');
    // The whole card is fine too: its label, the count and the rate beside it (checked on save).
    await key(ask, 'Enter');
    expect(status()).toBe('bounces: 392 ✓');
    expect(root.querySelector('[data-testid=dl-teach-step-bounces]')!.textContent).toContain('bounces: 392 ✓');
    await click(Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Indeling bewaren'));
    expect(save).toHaveBeenCalledTimes(1);
    const layout = save.mock.calls[0]![0];
    expect(Object.keys(layout.figures)).toEqual(['recipients', 'bounces']);
    expect(layout.host).toBe('app.brevo.com');
    await key(ask, 'Escape');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('names each figure the self-check refused', () => {
    const root = mount(
      <TaughtFailure
        t={teachTexts('nl')}
        lang="nl"
        host="app.brevo.com"
        dropped={2}
        failures={[
          { figure: 'bounces', problem: 'rate-not-count' },
          { figure: 'opens', problem: 'not-found' },
        ]}
        onReteach={() => undefined}
        onExport={() => undefined}
      />,
    );
    expect(Array.from(root.querySelectorAll('li')).map((l) => l.textContent)).toEqual([
      'bounces: de pagina toont nu een percentage waar het aantal stond.',
      'unieke opens: niet meer gevonden waar u ze toonde.',
    ]);
    expect(root.querySelector('[data-testid=dl-taught-dropped]')!.textContent).toBe(
      '2 bewaarde indelingen waren onleesbaar en werden verwijderd; wijs ze opnieuw aan.',
    );
  });
});
