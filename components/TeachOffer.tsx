// "Show me where the figures are" (issue 18 §1), offered where a report's figures could not be read.
import type { TeachTexts } from '../lib/i18n/teach';

export function TeachOffer({ t, onTeach }: { t: TeachTexts; onTeach(): void }) {
  return (
    <p data-testid="dl-teach-offer">
      <button type="button" class="dl-primary" onClick={onTeach}>
        {t.offer}
      </button>
      <br />
      <span class="dl-muted">{t.offerHint}</span>
    </p>
  );
}
