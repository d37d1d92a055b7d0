// The picker, injected by the background only when the user asks for it (popup or panel), so it
// adds nothing to pages where it is not open. Wiring only: mount the TeachPicker in a shadow root,
// send the finished layout to the background, remove itself when done.
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountShadowUi, type ShadowUi } from '../esp-panel/shadow-ui';
import { TeachPicker } from '../../components/TeachPicker';
import { teachTexts } from '../../lib/i18n/teach';
import { ensureLanguage } from '../../lib/platform/language-pack';
import { loadSettings } from '../../lib/platform/tab-stores';
import { languageOf } from '../../lib/platform/language';
import { sendTeach } from '../../lib/platform/teach-requests';
import { TEACH_ESPS, type TeachEsp } from '../../lib/teach/layout';
import styles from './style.css?inline';

const HOST_NAME = 'deliverability-lens-teach';

export default defineUnlistedScript(() => {
  const w = window as unknown as { __dlTeachPicker?: boolean; __dlTeachEsp?: string };
  if (w.__dlTeachPicker) return;
  w.__dlTeachPicker = true;
  const esp: TeachEsp = (TEACH_ESPS as readonly string[]).includes(w.__dlTeachEsp ?? '')
    ? (w.__dlTeachEsp as TeachEsp)
    : 'other';
  void open(esp, () => (w.__dlTeachPicker = false));
});

async function open(esp: TeachEsp, onClosed: () => void) {
  const ctx = new ContentScriptContext('teach-picker');
  // No answer from the background: the browser's language, so the picker still opens.
  const lang = languageOf(await loadSettings().catch(() => ({ lang: 'auto' as const })));
  await ensureLanguage(lang); // injected with one language's pack (lib/platform/language-pack.ts)
  const t = teachTexts(lang);
  const href = location.href;
  let ui: ShadowUi | undefined;
  let container: HTMLElement | undefined;
  let left = false;
  const close = () => {
    ui?.remove();
    ctx.abort();
    onClosed();
  };
  const draw = () => {
    if (!container) return;
    render(
      <TeachPicker
        t={t}
        lang={lang}
        doc={document}
        href={href}
        esp={esp}
        left={left}
        isOwn={(el) => el.tagName.toLowerCase().startsWith('deliverability-lens')}
        save={async (layout) => {
          const answer = await sendTeach({ type: 'teach-save', layout });
          if (answer.ok) setTimeout(close, 4000);
          return answer.ok
            ? { ok: true }
            : { ok: false, message: answer.error === 'layout' ? answer.problem.kind : (answer.detail ?? answer.error) };
        }}
        close={close}
      />,
      container,
    );
  };
  // The page moved on (single-page navigation): the picks no longer describe it.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    left = true;
    draw();
  });
  ui = await mountShadowUi(ctx, {
    name: HOST_NAME,
    css: styles,
    onMount: (c) => {
      container = c;
      draw();
    },
    onRemove: (c) => render(null, c),
  });
}
