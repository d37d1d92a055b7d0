// "Check a received copy": a paste area and an .eml drop (issue 16 §2). The analysis and the
// saving of the verdict come in as actions (house-style.md: components take no browser APIs);
// a dropped file is read as bytes so a body in any charset is verified as it arrived.
import { FileButton } from './FileButton';
import { useFileDrop } from './useFileDrop';
import { useState } from 'preact/hooks';
import type { Lang } from '../lib/i18n';
import { messageTexts } from '../lib/i18n/message';
import type { MessageReport } from '../lib/message';
import { MessageResult } from './MessageResult';

export interface MessageCheckProps {
  lang: Lang;
  analyze(raw: string | Uint8Array): Promise<MessageReport>;
  onReport?(report: MessageReport): void;
  whyHref?: (anchor: string) => string;
}

type State =
  { kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; report: MessageReport } | { kind: 'error'; text: string };

export function MessageCheck({ lang, analyze, onReport, whyHref }: MessageCheckProps) {
  const t = messageTexts[lang];
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });

  const run = async (raw: string | Uint8Array) => {
    if (state.kind === 'checking') return;
    if (typeof raw === 'string' ? raw.trim() === '' : raw.length === 0)
      return setState({ kind: 'error', text: t.page.empty });
    setState({ kind: 'checking' });
    try {
      const report = await analyze(raw);
      setState({ kind: 'done', report });
      onReport?.(report);
    } catch (e) {
      // analyzeMessage never rejects; an injected analyzer might.
      setState({ kind: 'error', text: t.finding['internal-error']({ detail: (e as Error).name }, lang) });
    }
  };
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      setText(new TextDecoder().decode(bytes.subarray(0, 200_000)));
      await run(bytes);
    } catch {
      setState({ kind: 'error', text: t.page.unreadableFile(file.name) });
    }
  };
  const drop = useFileDrop((f) => void readFile(f));
  const over = drop.over;

  return (
    <div class="msg-check">
      <p>{t.page.intro}</p>
      <p class="dl-muted">{t.page.howTo}</p>
      <form
        class={over ? 'msg-drop msg-over' : 'msg-drop'}
        onSubmit={(e) => {
          e.preventDefault();
          void run(text);
        }}
        {...drop.handlers}
      >
        <label for="msg-source">{t.page.pasteLabel}</label>
        <textarea
          id="msg-source"
          data-testid="msg-source"
          rows={12}
          spellcheck={false}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <p class="dl-muted">
          {t.page.drop} ·{' '}
          <FileButton
            label={t.page.chooseFile}
            accept=".eml,message/rfc822,text/plain"
            testid="msg-file"
            class="dl-link"
            onFile={(f) => void readFile(f)}
          />{' '}
          · {t.page.privacy}
        </p>
        {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page's start. */}
        <button
          type="submit"
          class="dl-btn dl-primary"
          data-testid="msg-check"
          aria-disabled={state.kind === 'checking' ? 'true' : undefined}
        >
          {t.page.check}
        </button>{' '}
        <span role="status" class="dl-muted" data-testid="msg-progress">
          {state.kind === 'checking' ? t.page.checking : ''}
        </span>
      </form>
      <div aria-live="polite">
        {state.kind === 'error' && (
          <p class="dl-row dl-fail" role="alert">
            {state.text}
          </p>
        )}
        {state.kind === 'done' && (
          <>
            <MessageResult lang={lang} report={state.report} whyHref={whyHref} />
            {state.report.from && <p class="dl-muted">{t.page.saved}</p>}
          </>
        )}
      </div>
    </div>
  );
}
