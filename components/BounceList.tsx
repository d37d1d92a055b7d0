// A bounce-list page: what is listed, and (Mailchimp) gathering the reasons it shows only one
// by one — with progress and cancel. The export arrives with issue 7.
import { useRef, useState } from 'preact/hooks';
import type { BouncedAddress } from '../lib/esp/types';
import type { GatherProgress } from '../lib/esp/bounce-reason';
import type { Messages } from '../lib/i18n';
import { isUserAction } from '../lib/platform/trusted';
import { ExportControls, type ExportActions } from './ExportControls';
import { classifyBounce, espDisagreement, type BounceCategory } from '../lib/bounces/classify';

export interface BounceListProps {
  t: Messages;
  items: BouncedAddress[];
  gather?: (onProgress: (p: GatherProgress) => void, signal: AbortSignal) => Promise<{ items: BouncedAddress[]; progress: GatherProgress; cancelled: boolean }>;
  onItems(items: BouncedAddress[]): void;
  exportActions?: ExportActions;
}

export function BounceList({ t, items, gather, onItems, exportActions }: BounceListProps) {
  const [progress, setProgress] = useState<GatherProgress & { running: boolean; cancelled?: boolean }>();
  const ctl = useRef<AbortController>();
  const hard = items.filter((b) => b.espType === 'hard').length;
  const soft = items.filter((b) => b.espType === 'soft').length;
  const withReason = items.filter((b) => b.reason).length;
  const pending = items.filter((b) => b.reasonUrl && !b.reason).length;
  // Triage (knowledge.md §6) once there is more than the ESP's own label to go on.
  const triaged = items.filter((b) => b.reason || b.code).map((b) => ({ b, c: classifyBounce({ espType: b.espType, code: b.code, reason: b.reason }) }));
  const byCategory = (cat: BounceCategory) => triaged.filter((x) => x.c.category === cat).length;
  const authBlocks = triaged.filter((x) => x.c.category === 'blocked' && x.c.subReason === 'auth').length;
  const disagreeing = triaged.filter((x) => espDisagreement(x.b.espType, x.c)).length;
  return (
    <div data-testid="dl-bounces">
      <p class="dl-headline" data-testid="dl-bounce-count">{t.bounces.listed(items.length, hard, soft, items.length - hard - soft)}</p>
      <p class="dl-muted" data-testid="dl-reason-count">{t.bounces.reasons(withReason, items.length)}</p>
      {triaged.length > 0 && (
        <p data-testid="dl-triage">
          {t.bounces.triage(triaged.length, byCategory('hard'), byCategory('blocked'), authBlocks, byCategory('soft') + byCategory('deferred'), byCategory('other'))}
          {disagreeing > 0 && ` ${t.bounces.disagree(disagreeing)}`}
        </p>
      )}
      {gather && pending > 0 && !progress?.running && (
        <button
          type="button"
          class="dl-primary"
          onClick={async (e) => {
            if (!isUserAction(e)) return; // only the user starts the fetches (issue 15 §5)
            ctl.current = new AbortController();
            setProgress({ done: 0, total: pending, failed: 0, running: true });
            const r = await gather((p) => setProgress({ ...p, running: true }), ctl.current.signal);
            onItems(r.items);
            setProgress({ ...r.progress, running: false, cancelled: r.cancelled });
          }}
        >
          {t.bounces.gather(pending)}
        </button>
      )}
      {progress?.running && (
        <p role="status" data-testid="dl-gather-progress">
          {t.bounces.progress(progress.done, progress.total)}{' '}
          <button type="button" class="dl-link" onClick={() => ctl.current?.abort()}>{t.bounces.cancel}</button>
        </p>
      )}
      {progress && !progress.running && (
        <p role="status" data-testid="dl-gather-done">{t.bounces.gathered(progress.done, progress.total, progress.failed, Boolean(progress.cancelled))}</p>
      )}
      {exportActions && !progress?.running && <ExportControls t={t} items={items} actions={exportActions} />}
    </div>
  );
}
