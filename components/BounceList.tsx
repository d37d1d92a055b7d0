// A bounce-list page: what is listed, and (Mailchimp) gathering the reasons it shows only one
// by one — with progress and cancel. The export arrives with issue 7.
import { useRef, useState } from 'preact/hooks';
import type { BouncedAddress } from '../lib/esp/types';
import type { GatherProgress } from '../lib/esp/bounce-reason';
import type { Messages } from '../lib/i18n';
import { ExportControls, type ExportActions } from './ExportControls';

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
  return (
    <div data-testid="dl-bounces">
      <p class="dl-headline" data-testid="dl-bounce-count">{t.bounces.listed(items.length, hard, soft, items.length - hard - soft)}</p>
      <p class="dl-muted" data-testid="dl-reason-count">{t.bounces.reasons(withReason, items.length)}</p>
      {gather && pending > 0 && !progress?.running && (
        <button
          type="button"
          class="dl-primary"
          onClick={async () => {
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
