// The finding and verdict texts of the received-copy check, apart from the page's other texts so
// the panel (which shows the stored verdict) does not carry the page's catalogue (lib/i18n/message.ts).
import type { Lang } from './index';
import type { MessageFinding, MessageFindingId } from '../message/types';
import type { MessageParams } from '../message/types';
import { byLang, packOf } from './pack';

type P = MessageParams;
/** A parameter as text ('' when absent). */
export const s = (p: P, k: string) => String(p[k] ?? '');

/** The receiver's name as people know it: mx.google.com is Gmail; none written (Microsoft) gets a phrase. */
export const authservName = (a: string, unnamed: string) => (a === 'mx.google.com' ? `Gmail (${a})` : a || unnamed);

export interface MessageFindingTexts {
  finding: Record<MessageFindingId, (p: P, lang: Lang) => string>;
  verdict: { title: string; checkedOn: (date: string) => string; none: string };
}

export const messageFindingTexts: Record<Lang, MessageFindingTexts> = /* @__PURE__ */ byLang('messageFindings');

/** The sentence for a finding in a language. */
export function findingText(f: MessageFinding, lang: Lang): string {
  return packOf(lang).messageFindings.finding[f.id](f.params, lang);
}
