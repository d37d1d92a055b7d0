// The finding and verdict texts of the received-copy check, apart from the page's other texts so
// the panel (which shows the stored verdict) does not carry the page's catalogue (lib/i18n/message.ts).
import type { Lang } from './index';
import type { MessageFinding, MessageFindingId } from '../message/types';
import type { MessageParams } from '../message/types';
import { messageFindings as en } from './en/message-findings';
import { messageFindings as nl } from './nl/message-findings';
import { messageFindings as fr } from './fr/message-findings';

type P = MessageParams;
/** A parameter as text ('' when absent). */
export const s = (p: P, k: string) => String(p[k] ?? '');

/** The receiver's name as people know it: mx.google.com is Gmail; none written (Microsoft) gets a phrase. */
export const authservName = (a: string, unnamed: string) => (a === 'mx.google.com' ? `Gmail (${a})` : a || unnamed);

export interface MessageFindingTexts {
  finding: Record<MessageFindingId, (p: P, lang: Lang) => string>;
  verdict: { title: string; checkedOn: (date: string) => string; none: string };
}

export const messageFindingTexts: Record<Lang, MessageFindingTexts> = { en, nl, fr };

/** The sentence for a finding in a language. */
export function findingText(f: MessageFinding, lang: Lang): string {
  return messageFindingTexts[lang].finding[f.id](f.params, lang);
}
