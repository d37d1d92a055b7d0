// Texts of the "Check a received copy" page and its command-line report (issue 16), in English,
// Dutch (u) and French (vous, Belgian register); the finding and verdict texts are in
// message-findings.ts. lib/message concludes in ids and params; only lib/i18n makes sentences.
import type { Lang } from './index';
import type { MessageFindingTexts } from './message-findings';
import type {
  ArcSetReport,
  AuthResultsReport,
  DkimReason,
  DkimResult,
  DkimSignatureReport,
  DmarcResult,
  MessageFindingId,
} from '../message/types';
import type { MessageParams } from '../message/types';
import type { DnsProblem } from '../dns/types';
import { sayProblem } from './auth';
import { byLang } from './pack';

type P = MessageParams;
/** A parameter as text ('' when absent). */
export const s = (p: P, k: string) => String(p[k] ?? '');
/** A DNS problem parameter in words (lib/i18n/auth.ts), or the plain value. */
export const dns = (lang: Lang, p: P, k: string) =>
  typeof p[k] === 'object' ? sayProblem(lang, p[k] as DnsProblem) : s(p, k);

/** What a "why?" next to a line explains. */
export type MessageWhyTopic = 'dkim' | 'dmarc' | 'unsubscribe' | 'receivers' | 'arc' | 'l-tag' | 'key' | 'source';

/** The why topic of a finding. */
export function whyTopicOf(id: MessageFindingId): MessageWhyTopic {
  if (id.startsWith('unsubscribe')) return 'unsubscribe';
  if (id.startsWith('dmarc') || id.startsWith('from')) return 'dmarc';
  if (id.startsWith('receiver')) return 'receivers';
  if (id === 'arc-present') return 'arc';
  if (id === 'dkim-l-tag') return 'l-tag';
  if (id === 'dkim-testing' || id === 'dkim-key-1024') return 'key';
  if (id.startsWith('dkim')) return 'dkim';
  return 'source';
}

/** The existing why page (entrypoints/why) has a longer entry for some topics. */
export const WHY_PAGE_ANCHOR: Partial<Record<MessageWhyTopic, string>> = {
  dkim: 'dkim',
  dmarc: 'dmarc',
  key: 'dkim-key-quality',
};

export interface MessageTexts {
  page: {
    title: string;
    intro: string;
    howTo: string;
    pasteLabel: string;
    drop: string;
    chooseFile: string;
    check: string;
    checking: string;
    privacy: string;
    empty: string;
    unreadableFile: (name: string) => string;
    subject: (subject: string) => string;
    from: (address: string) => string;
    summary: string;
    signatures: string;
    receivers: string;
    arcTitle: string;
    why: string;
    more: string;
    noSignatures: string;
    saved: string;
  };
  result: Record<DkimResult, string>;
  dmarcResult: Record<DmarcResult, string>;
  reason: Record<DkimReason, (p: P, lang: Lang) => string>;
  finding: MessageFindingTexts['finding'];
  dkimLine: (sig: DkimSignatureReport, lang: Lang) => string;
  receiverLine: (ar: AuthResultsReport) => string;
  arcLine: (a: ArcSetReport) => string;
  why: Record<MessageWhyTopic, string>;
  verdict: MessageFindingTexts['verdict'];
  cli: {
    usage: string;
    unreadable: (file: string, error: string) => string;
    heading: (file: string) => string;
    signatures: string;
    receivers: string;
    findings: string;
  };
}

export const messageTexts: Record<Lang, MessageTexts> = /* @__PURE__ */ byLang('message');

export { findingText } from './message-findings';
