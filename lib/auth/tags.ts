// Tag=value lists as used by DKIM key records (RFC 6376 §3.2) and DMARC records (RFC 7489
// §6.4): ';'-separated, whitespace around tags and values ignored, duplicate tags an error.
import { reason, type Reason } from './reason';

export interface TagList {
  tags: Map<string, string>;
  /** Tag names in the order written. */
  order: string[];
  errors: Reason[];
}

/** Parses a tag list without throwing; problems end up in `errors`. */
export function parseTagList(text: string): TagList {
  const tags = new Map<string, string>();
  const order: string[] = [];
  const errors: Reason[] = [];
  const parts = text.split(';');
  parts.forEach((raw, i) => {
    const part = raw.trim();
    if (part === '') {
      if (i !== parts.length - 1) errors.push(reason('tag-empty'));
      return;
    }
    const eq = part.indexOf('=');
    if (eq <= 0) {
      errors.push(reason('tag-not-pair', { text: part.slice(0, 40) }));
      return;
    }
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (!/^[a-z][a-z0-9_]*$/.test(name)) errors.push(reason('tag-bad-name', { name: name.slice(0, 40) }));
    else if (tags.has(name)) errors.push(reason('tag-twice', { name }));
    else {
      tags.set(name, value);
      order.push(name);
    }
  });
  return { tags, order, errors };
}
