// What an adapter collects while it reads one page: figures parsed strictly, with every refused
// number kept as a note (issue 17 §2: "-12" and "1e309" are named, never read as 12 and 309).
import { leadingCount, readCount, type CountReading } from './numbers';
import type { EspNote } from './types';

/** Collects refusals while an adapter reads; `count` and `lead` return only accepted counts. */
export function createCollector() {
  const notes: EspNote[] = [];
  const take = (figure: string, r: CountReading, text: string | undefined) => {
    if (r && 'refused' in r) {
      notes.push({ id: 'refused-number', params: { figure, text: (text ?? r.refused).slice(0, 60) } });
      return undefined;
    }
    return r?.value;
  };
  return {
    notes,
    /** A count that is the whole text ("2,000"). */
    count: (figure: string, text: string | undefined) => take(figure, readCount(text), text),
    /** A count the text starts with ("392 bounced"). */
    lead: (figure: string, text: string | undefined) => take(figure, text ? leadingCount(text) : undefined, text),
    /** A count already read elsewhere (parseCountAndRate). */
    reading: (figure: string, r: CountReading, text: string | undefined) => take(figure, r, text),
  };
}

export type Collector = ReturnType<typeof createCollector>;
