// Which tab each figure came from and how old the reading is (issue 17 §1: the panel merges the
// readings of one campaign across tabs), and "still changing" when the page had not settled.
import type { FigureSource } from '../lib/esp/merge';
import type { Lang } from '../lib/i18n';
import { espTexts, figureList, formatAge } from '../lib/i18n/esp';

export interface FigureSourcesProps {
  lang: Lang;
  sources: Record<string, FigureSource>;
  /** Milliseconds since the epoch, for the ages. */
  now: number;
  unsettled?: boolean;
}

export function FigureSources({ lang, sources, now, unsettled }: FigureSourcesProps) {
  const t = espTexts(lang);
  const groups = new Map<string, { source: FigureSource; paths: string[] }>();
  for (const [path, source] of Object.entries(sources)) {
    // Counts and rates only: names and dates need no provenance line.
    if (!path.includes('.') && path !== 'recipients' && path !== 'delivered') continue;
    const key = `${source.tab}@${source.readAt}`;
    const g = groups.get(key) ?? { source, paths: [] };
    g.paths.push(path);
    groups.set(key, g);
  }
  const tabs = [...groups.values()];
  return (
    <div class="dl-sources" data-testid="dl-sources">
      {unsettled && (
        <p class="dl-warn" role="status" data-testid="dl-unsettled">
          {t.unsettled}
        </p>
      )}
      {tabs.length > 1 || tabs.some((g) => g.source.tab !== 'overview') ? (
        <details open={tabs.length > 1}>
          <summary>{t.sourcesTitle}</summary>
          <ul>
            {tabs.map((g) => (
              <li key={`${g.source.tab}${g.source.readAt}`} data-tab={g.source.tab}>
                {t.source(t.tabs[g.source.tab], formatAge(now - g.source.readAt, lang), figureList(g.paths, lang))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
