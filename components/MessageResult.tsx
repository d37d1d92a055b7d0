// A checked copy in plain words (issue 16 §2): the conclusions first, each with its "why?",
// then every DKIM signature, what each receiver wrote, and the ARC hops. Status is told by a
// symbol and words, not colour alone.
import { useState } from 'preact/hooks';
import type { Lang } from '../lib/i18n';
import { messageTexts, WHY_PAGE_ANCHOR, whyTopicOf, findingText, type MessageWhyTopic } from '../lib/i18n/message';
import type { FindingSeverity, MessageReport } from '../lib/message';

const MARK: Record<FindingSeverity, string> = { ok: '✓', info: 'i', warning: '!', error: '✗' };
const DKIM_MARK = { pass: '✓', fail: '✗', permerror: '✗', temperror: '?', neutral: '–' } as const;

function Line({
  lang,
  topic,
  testid,
  mark,
  cls,
  text,
  whyHref,
}: {
  lang: Lang;
  topic: MessageWhyTopic;
  testid: string;
  mark: string;
  cls: string;
  text: string;
  whyHref?: (anchor: string) => string;
}) {
  const t = messageTexts[lang];
  const [open, setOpen] = useState(false);
  const anchor = WHY_PAGE_ANCHOR[topic];
  return (
    <li class={`dl-row ${cls}`} data-testid={testid}>
      <span class="dl-mark" aria-hidden="true">
        {mark}
      </span>{' '}
      <span class="msg-text">{text}</span>{' '}
      <button type="button" class="dl-link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.page.why}
      </button>
      {open && (
        <p class="dl-detail msg-why" data-testid="msg-why">
          {t.why[topic]}{' '}
          {anchor && whyHref && (
            <a href={whyHref(anchor)} target="_blank" rel="noopener">
              {t.page.more}
            </a>
          )}
        </p>
      )}
    </li>
  );
}

const SEV_CLASS: Record<FindingSeverity, string> = {
  ok: 'dl-pass',
  info: 'dl-unknown',
  warning: 'dl-warn',
  error: 'dl-fail',
};

export function MessageResult({
  lang,
  report,
  whyHref,
}: {
  lang: Lang;
  report: MessageReport;
  whyHref?: (anchor: string) => string;
}) {
  const t = messageTexts[lang];
  return (
    <div class="msg-result" data-testid="msg-result">
      {report.subject !== undefined && <p class="dl-muted">{t.page.subject(report.subject)}</p>}
      {report.from && <p class="dl-muted">{t.page.from(report.from.address)}</p>}
      <h2 class="dl-h2">{t.page.summary}</h2>
      <ul class="dl-rows">
        {report.findings.map((f, i) => (
          <Line
            key={`f${i}`}
            lang={lang}
            topic={whyTopicOf(f.id)}
            testid="msg-finding"
            mark={MARK[f.severity]}
            cls={SEV_CLASS[f.severity]}
            text={findingText(f, lang)}
            whyHref={whyHref}
          />
        ))}
      </ul>
      <h2 class="dl-h2">{t.page.signatures}</h2>
      {report.dkim.length === 0 ? (
        <p class="dl-muted">{t.page.noSignatures}</p>
      ) : (
        <ul class="dl-rows">
          {report.dkim.map((s, i) => (
            <Line
              key={`d${i}`}
              lang={lang}
              topic="dkim"
              testid="msg-dkim"
              mark={DKIM_MARK[s.result]}
              cls={s.result === 'pass' ? 'dl-pass' : s.result === 'temperror' ? 'dl-unknown' : 'dl-fail'}
              text={t.dkimLine(s, lang)}
              whyHref={whyHref}
            />
          ))}
        </ul>
      )}
      {report.authenticationResults.length > 0 && (
        <>
          <h2 class="dl-h2">{t.page.receivers}</h2>
          <ul class="dl-rows">
            {report.authenticationResults.map((ar, i) => (
              <Line
                key={`r${i}`}
                lang={lang}
                topic="receivers"
                testid="msg-receiver"
                mark="•"
                cls=""
                text={t.receiverLine(ar)}
                whyHref={whyHref}
              />
            ))}
          </ul>
        </>
      )}
      {report.arc.length > 0 && (
        <>
          <h2 class="dl-h2">{t.page.arcTitle}</h2>
          <ul class="dl-rows">
            {report.arc.map((a, i) => (
              <Line
                key={`a${i}`}
                lang={lang}
                topic="arc"
                testid="msg-arc"
                mark="•"
                cls=""
                text={t.arcLine(a)}
                whyHref={whyHref}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
