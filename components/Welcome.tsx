// The first-run page (issue 15 §4): what the extension does, what it needs (with the grant
// button when a host permission is missing) and what leaves the machine, in the user's language.
import type { StoreTexts } from '../lib/i18n/store';
import { PermissionNotice, type PermissionNoticeProps } from './PermissionNotice';

export interface WelcomeProps {
  texts: StoreTexts;
  resolvers: string;
  shortcut: string | undefined;
  privacyUrl: string;
  permissions: Omit<PermissionNoticeProps, 'texts' | 'showGranted'>;
  onOptions(): void;
}

export function Welcome({ texts, resolvers, shortcut, privacyUrl, permissions, onOptions }: WelcomeProps) {
  const w = texts.welcome;
  return (
    <div class="dl-welcome">
      <h1>{w.title}</h1>
      <p>{w.intro}</p>
      <ul>
        {w.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <section aria-labelledby="w-needs">
        <h2 id="w-needs">{w.needsHeading}</h2>
        <p>{w.needs}</p>
        <PermissionNotice texts={texts} showGranted {...permissions} />
      </section>
      <section aria-labelledby="w-privacy">
        <h2 id="w-privacy">{texts.privacy.heading}</h2>
        <p data-testid="dl-welcome-privacy">
          {texts.privacy.leaves(resolvers)} {texts.privacy.nothingElse}
        </p>
        <p>
          <a href={privacyUrl} target="_blank" rel="noopener noreferrer">
            {texts.privacy.policy}
          </a>
        </p>
      </section>
      {shortcut && <p>{w.shortcut(shortcut)}</p>}
      <p>
        <button type="button" class="dl-link" onClick={onOptions}>
          {w.options}
        </button>
      </p>
    </div>
  );
}
