// The picker (issue 18 §1): the user shows, on the page itself, where each figure is. Each pick is
// outlined and read back at once ("bounces: 392 ✓"), or refused with the reason; any pick can be
// redone or skipped. Keyboard: arrow keys walk the page's numbers, Arrow Up takes the surrounding
// element, Enter picks, Escape closes; a live region tells a screen reader what happened. Page DOM
// events only — the browser APIs come in as actions.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { textOf } from '../lib/esp/dom';
import { FIGURES, type FigureId } from '../lib/teach/figures';
import { readPick, buildLayout } from '../lib/teach/session';
import type { TaughtLayout, TeachEsp } from '../lib/teach/layout';
import type { TeachTexts } from '../lib/i18n/teach';
import { localeOf, type Lang } from '../lib/i18n';

export interface TeachPickerProps {
  t: TeachTexts;
  lang: Lang;
  doc: Document;
  href: string;
  esp: TeachEsp;
  /** Is this element part of the extension's own UI (never picked)? */
  isOwn(el: Element): boolean;
  /** The user left the page while picking (single-page navigation). */
  left?: boolean;
  save(layout: TaughtLayout): Promise<{ ok: true } | { ok: false; message: string }>;
  close(): void;
}

type Pick = { el: Element; shown: string };
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/** Elements a keyboard user can step through: those whose own text holds a digit or an address. */
function candidatesOf(doc: Document, isOwn: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (SKIP_TAGS.has(el.tagName) || isOwn(el)) continue;
    // Its own text (not a descendant's) holds the digit or the @: the element that shows the figure.
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && /\d|@/.test(n.nodeValue ?? ''));
    if (own && textOf(el).length <= 80) out.push(el);
  }
  return out;
}

export function TeachPicker({ t, lang, doc, href, esp, isOwn, left, save, close }: TeachPickerProps) {
  const [step, setStep] = useState<number>(0);
  const [picks, setPicks] = useState<Partial<Record<FigureId, Pick>>>({});
  const [skipped, setSkipped] = useState<Partial<Record<FigureId, true>>>({});
  const [status, setStatus] = useState<{ text: string; error?: boolean }>();
  const [candidate, setCandidate] = useState<Element>();
  const [saving, setSaving] = useState(false);
  const [finished, setFinished] = useState(false);
  const [, redraw] = useState(0);
  const cursor = useRef<HTMLDivElement>(null);
  // Keyboard choice wins until the mouse really moves (scrolling fires mouseover on its own).
  const mouseLead = useRef(true);
  const point = useRef({ x: -1, y: -1, frozenX: -1, frozenY: -1 });
  const keyboardLead = () => {
    mouseLead.current = false;
    point.current.frozenX = point.current.x;
    point.current.frozenY = point.current.y;
  };
  const figure = FIGURES[step];
  const name = (f: FigureId) => t.figure[f];
  const candidates = useMemo(() => candidatesOf(doc, isOwn), [doc]);

  const nextOpen = (from: number, p: typeof picks, s: typeof skipped) => {
    for (let i = from; i < FIGURES.length; i++) if (!p[FIGURES[i]!] && !s[FIGURES[i]!]) return i;
    return FIGURES.length;
  };
  const pick = (el: Element) => {
    if (!figure || left) return;
    const r = readPick(el, figure);
    if (!r.ok) return setStatus({ text: t.picker.problem(r.problem, name(figure)), error: true });
    const shown = 'email' in r ? r.email : 'date' in r ? r.date : new Intl.NumberFormat(localeOf(lang)).format(r.count);
    const next = { ...picks, [figure]: { el, shown } };
    setPicks(next);
    setStatus({ text: t.picker.picked(name(figure), shown) });
    setStep(nextOpen(step + 1, next, skipped));
  };
  const skip = () => {
    if (!figure) return;
    const s = { ...skipped, [figure]: true as const };
    setSkipped(s);
    setStatus({ text: t.picker.skipped(name(figure)) });
    setStep(nextOpen(step + 1, picks, s));
  };
  const redo = (f: FigureId) => {
    const p = { ...picks };
    delete p[f];
    const s = { ...skipped };
    delete s[f];
    setPicks(p);
    setSkipped(s);
    setStep(FIGURES.indexOf(f));
    setStatus({ text: f === 'recipients' ? t.picker.askRecipients : t.picker.ask(f, name(f)) });
    cursor.current?.focus();
  };
  const onSave = async () => {
    const els = Object.fromEntries(Object.entries(picks).map(([f, p]) => [f, p!.el])) as Partial<
      Record<FigureId, Element>
    >;
    const built = buildLayout(doc, href, els, esp, new Date());
    if (!built.ok) {
      // Picks that left the page are dropped so they can be shown again; nothing was stored.
      if (built.problem.kind === 'page-changed') redo(built.problem.figure);
      return setStatus({ text: t.picker.build(built.problem, name), error: true });
    }
    setSaving(true);
    const answer = await save(built.layout);
    setSaving(false);
    setFinished(answer.ok);
    setStatus(answer.ok ? { text: t.picker.saved } : { text: t.picker.saveFailed(answer.message), error: true });
  };

  // Clicks on the page pick instead of acting (links do not navigate while the picker is open).
  useEffect(() => {
    // Once saved, the page is the user's again (the panel's own buttons work at once).
    if (finished) return undefined;
    const own = (e: Event) => e.composedPath().some((n) => n instanceof Element && isOwn(n));
    const block = (e: Event) => {
      if (own(e)) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    const onClick = (e: MouseEvent) => {
      if (own(e)) return;
      block(e);
      const target = e.target instanceof Element ? e.target : undefined;
      if (target) {
        setCandidate(target);
        pick(target);
      }
    };
    const onOver = (e: MouseEvent) =>
      mouseLead.current && !own(e) && e.target instanceof Element && setCandidate(e.target);
    const onMove = (e: MouseEvent) => {
      const p = point.current;
      p.x = e.clientX;
      p.y = e.clientY;
      if (Math.abs(p.x - p.frozenX) + Math.abs(p.y - p.frozenY) > 4) mouseLead.current = true;
    };
    const onView = () => redraw((n) => n + 1);
    doc.addEventListener('click', onClick, true);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick'] as const)
      doc.addEventListener(type, block, true);
    doc.addEventListener('mouseover', onOver, true);
    doc.addEventListener('mousemove', onMove, true);
    doc.defaultView?.addEventListener('scroll', onView, true);
    doc.defaultView?.addEventListener('resize', onView);
    return () => {
      doc.removeEventListener('click', onClick, true);
      for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick'] as const)
        doc.removeEventListener(type, block, true);
      doc.removeEventListener('mouseover', onOver, true);
      doc.removeEventListener('mousemove', onMove, true);
      doc.defaultView?.removeEventListener('scroll', onView, true);
      doc.defaultView?.removeEventListener('resize', onView);
    };
  });
  useEffect(() => cursor.current?.focus(), []);

  const move = (delta: number) => {
    if (!candidates.length) return;
    keyboardLead();
    const i = candidate ? candidates.indexOf(candidate) : -1;
    // From nothing (or from an element that is no number), Right starts at the first, Left at the last.
    const at = i < 0 ? (delta > 0 ? 0 : candidates.length - 1) : (i + delta + candidates.length) % candidates.length;
    const next = candidates[at]!;
    next.scrollIntoView?.({ block: 'nearest' });
    setCandidate(next);
    setStatus({ text: t.picker.candidate(textOf(next)) });
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      return close();
    }
    if (e.target !== cursor.current) return;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowRight: () => move(1),
      ArrowLeft: () => move(-1),
      ArrowUp: () => {
        const p = candidate?.parentElement;
        if (p && p !== doc.body && !isOwn(p)) {
          keyboardLead();
          setCandidate(p);
          setStatus({ text: t.picker.candidate(textOf(p)) });
        }
      },
      Enter: () => (candidate ? pick(candidate) : setStatus({ text: t.picker.noCandidate, error: true })),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
    }
  };

  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: `${r.top - 2}px`, left: `${r.left - 2}px`, width: `${r.width + 4}px`, height: `${r.height + 4}px` };
  };
  const done = step >= FIGURES.length;
  return (
    <div class="dl-teach" onKeyDown={onKey}>
      {candidate && candidate.isConnected && <div class="dl-teach-hover" style={box(candidate)} aria-hidden="true" />}
      {Object.entries(picks).map(([f, p]) =>
        p!.el.isConnected ? (
          <div key={f} class="dl-teach-picked" style={box(p!.el)} aria-hidden="true">
            <span>{t.picker.picked(name(f as FigureId), p!.shown)}</span>
          </div>
        ) : null,
      )}
      <div class="dl-teach-box" role="dialog" aria-label={t.picker.title} data-testid="dl-teach-picker">
        <p class="dl-title">{t.picker.title}</p>
        <p class="dl-muted">{t.picker.keys}</p>
        <div
          ref={cursor}
          class="dl-teach-ask"
          tabIndex={0}
          role="group"
          aria-label={t.picker.title}
          data-testid="dl-teach-ask"
        >
          {left
            ? t.picker.left
            : figure
              ? figure === 'recipients'
                ? t.picker.askRecipients
                : t.picker.ask(figure, name(figure))
              : t.picker.save}
        </div>
        <div class="dl-teach-keys">
          <button type="button" class="dl-link" onClick={() => move(-1)}>
            {t.picker.previous}
          </button>{' '}
          <button type="button" class="dl-link" onClick={() => move(1)}>
            {t.picker.next}
          </button>{' '}
          <button type="button" class="dl-link" disabled={!candidate} onClick={() => candidate && pick(candidate)}>
            {t.picker.use}
          </button>
        </div>
        <ol class="dl-teach-steps">
          {FIGURES.map((f, i) => (
            <li key={f} data-testid={`dl-teach-step-${f}`} aria-current={i === step ? 'step' : undefined}>
              {picks[f] ? t.picker.picked(name(f), picks[f]!.shown) : skipped[f] ? t.picker.skipped(name(f)) : name(f)}
              {(picks[f] || skipped[f]) && (
                <>
                  {' '}
                  <button type="button" class="dl-link" onClick={() => redo(f)}>
                    {t.picker.redo(name(f))}
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
        <p
          role="status"
          aria-live="polite"
          class={status?.error ? 'dl-error' : 'dl-muted'}
          data-testid="dl-teach-status"
        >
          {status?.text}
        </p>
        {!done && !left && (
          <button type="button" class="dl-primary" onClick={skip}>
            {t.picker.skip}
          </button>
        )}{' '}
        <button type="button" class="dl-primary" disabled={saving || left || finished} onClick={() => void onSave()}>
          {t.picker.save}
        </button>{' '}
        <button type="button" class="dl-link" onClick={close}>
          {t.picker.cancel}
        </button>
      </div>
    </div>
  );
}
