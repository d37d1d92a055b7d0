// Tag=value lists as used by DKIM key records (RFC 6376 §3.2) and DMARC records (RFC 7489
// §6.4): ';'-separated, whitespace around tags and values ignored, duplicate tags an error.

export interface TagList {
  tags: Map<string, string>;
  /** Tag names in the order written. */
  order: string[];
  errors: string[];
}

/** Parses a tag list without throwing; problems end up in `errors`. */
export function parseTagList(text: string): TagList {
  const tags = new Map<string, string>();
  const order: string[] = [];
  const errors: string[] = [];
  const parts = text.split(';');
  parts.forEach((raw, i) => {
    const part = raw.trim();
    if (part === '') {
      if (i !== parts.length - 1) errors.push('empty tag between ";;"');
      return;
    }
    const eq = part.indexOf('=');
    if (eq <= 0) {
      errors.push(`"${part.slice(0, 40)}" is not a tag=value pair`);
      return;
    }
    const name = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (!/^[a-z][a-z0-9_]*$/.test(name)) errors.push(`"${name.slice(0, 40)}" is not a valid tag name`);
    else if (tags.has(name)) errors.push(`tag "${name}" appears twice`);
    else {
      tags.set(name, value);
      order.push(name);
    }
  });
  return { tags, order, errors };
}
