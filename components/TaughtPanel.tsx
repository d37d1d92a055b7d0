// What the panel adds for a taught layout: where the figures came from, the layout's export and
// re-teach, and — when the self-check fails — which figure no longer fits (issue 18 §3), with no
// figure shown.
import type { FigureId } from '../lib/teach/figures';
import type { TeachFailure, TeachNote } from '../lib/teach/apply';
import type { Lang } from '../lib/i18n';
import type { TeachTexts } from '../lib/i18n/teach';

interface Common {
  t: TeachTexts;
  lang: Lang;
  host: string;
  /** Stored layouts dropped as unreadable on this load. */
  dropped: number;
  onReteach(): void;
  onExport(): void;
}

function Dropped({ t, lang, dropped }: Pick<Common, 't' | 'lang' | 'dropped'>) {
  return dropped > 0 ? (
    <p role="status" class="dl-muted" data-testid="dl-taught-dropped">
      {t.panel.dropped(lang, dropped)}
    </p>
  ) : null;
}

function Actions({ t, onReteach, onExport }: Pick<Common, 't' | 'onReteach' | 'onExport'>) {
  return (
    <p>
      <button type="button" class="dl-primary" onClick={onReteach}>
        {t.panel.reteach}
      </button>{' '}
      <button type="button" class="dl-link" onClick={onExport}>
        {t.panel.export}
      </button>
    </p>
  );
}

/** The self-check failed: name every figure that no longer fits. */
export function TaughtFailure(props: Common & { failures: TeachFailure[] }) {
  const { t } = props;
  const name = (f: FigureId) => t.figure[f];
  return (
    <div data-testid="dl-taught-failure">
      <p class="dl-headline">{t.panel.failureHead}</p>
      <ul class="dl-rows">
        {props.failures.map((f) => (
          <li class="dl-row" data-figure={f.figure} data-problem={f.problem} key={`${f.figure}-${f.problem}`}>
            {t.failure(f, name)}
          </li>
        ))}
      </ul>
      <Dropped {...props} />
      <Actions {...props} />
    </div>
  );
}

/** Under a taught report: the source, notes, export and re-teach. */
export function TaughtBar(props: Common & { notes: TeachNote[] }) {
  const { t } = props;
  return (
    <aside class="dl-taught-bar" data-testid="dl-taught-bar" aria-label={t.panel.taughtFrom(props.host)}>
      <p class="dl-muted">{t.panel.taughtFrom(props.host)}</p>
      {props.notes.map((n) => (
        <p class="dl-muted" key={n.figure}>
          {t.panel.notes[n.note](t.figure[n.figure])}
        </p>
      ))}
      <Dropped {...props} />
      <Actions {...props} />
    </aside>
  );
}
