// Typo domains (knowledge.md §7, issue 13 item 7): a suggestion only ever points at a real big
// mailbox domain our marketers' lists hold (Belgian and Dutch ones included), and a domain that is
// itself real — or a genuine disposable service like yopmail.com — is never "corrected" into
// another. Typo-squats of a big provider (gmial.com, hotmial.com) are typos even where a
// disposable list also carries them.

/** Real big mailbox domains: the only targets a typo fix may point at. */
export const TYPO_TARGETS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'telenet.be',
  'skynet.be',
  'proximus.be',
  'scarlet.be',
  'hotmail.be',
  'outlook.be',
  'live.be',
  'pandora.be',
  'ziggo.nl',
  'kpnmail.nl',
  'planet.nl',
  'home.nl',
  'xs4all.nl',
  'hetnet.nl',
  'casema.nl',
  'upcmail.nl',
  'hotmail.nl',
  'live.nl',
  'outlook.nl',
  'kpnplanet.nl',
  'hotmail.fr',
  'outlook.fr',
  'yahoo.fr',
  'orange.fr',
  'wanadoo.fr',
  'laposte.net',
  'free.fr',
  'gmx.de',
  'web.de',
  'protonmail.com',
];

/** Real domains that sit one letter from a target and must never be "fixed" (ymail ≠ gmail). */
const ALSO_REAL = [
  'ymail.com',
  'email.com',
  'mail.com',
  'gmx.com',
  'gmx.net',
  'gmx.fr',
  'me.com',
  'mac.com',
  'msn.com',
  'aol.com',
  'orange.be',
  'voo.be',
  'base.be',
  'online.be',
  'edpnet.be',
  'euronet.be',
  'live.fr',
  'sfr.fr',
  'neuf.fr',
  'kpn.nl',
  'hotmail.co.uk',
  'yahoo.co.uk',
  'outlook.de',
  'hotmail.de',
  'yahoo.de',
  'live.de',
  'chello.nl',
  'planet.be',
  'home.be',
  'zonnet.nl',
  'quicknet.nl',
  'tiscali.nl',
  'lycos.com',
  'proton.me',
  'tutanota.com',
];
const REAL = new Set([...TYPO_TARGETS, ...ALSO_REAL]);

/** Misspelt top-level domains → the one meant, for a second-level label that is a target's. */
const TLD_TYPOS: Record<string, string> = {
  con: 'com',
  cm: 'com',
  co: 'com',
  om: 'com',
  cmo: 'com',
  ocm: 'com',
  vom: 'com',
  xom: 'com',
  comm: 'com',
  coom: 'com',
  cpm: 'com',
  bee: 'be',
  eb: 'be',
  nll: 'nl',
  ln: 'nl',
};

const split = (d: string) => {
  const dot = d.lastIndexOf('.');
  return { label: d.slice(0, dot), tld: d.slice(dot + 1) };
};
const TARGETS = TYPO_TARGETS.map((d) => ({ domain: d, ...split(d) }));

/** Optimal-string-alignment distance (a swap of two neighbours counts one), capped at 3. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
    }
  }
  return Math.min(rows[a.length]![b.length]!, 3);
}

/** Whether a domain is a known real mailbox domain (never a typo of another). */
export function isKnownRealDomain(domain: string): boolean {
  return REAL.has(domain);
}

/**
 * The big domain a misspelt one was meant to be, or undefined. `disposable` says whether a
 * disposable list carries the domain: then only a one-letter slip of a target counts (gmial.com),
 * so a real disposable service two letters away (yopmail.com vs hotmail.com) stays itself.
 */
export function typoTarget(domain: string, disposable: boolean): string | undefined {
  if (REAL.has(domain) || domain.indexOf('.') < 0) return undefined;
  const { label, tld } = split(domain);
  const fixedTld = TLD_TYPOS[tld];
  if (fixedTld) {
    const hit = TARGETS.find((t) => t.label === label && t.tld === fixedTld);
    if (hit) return hit.domain;
  }
  let best: { domain: string; d: number } | undefined;
  for (const t of TARGETS) {
    if (t.tld !== tld) continue;
    const d = editDistance(label, t.label);
    // One slip in a label of 5+ letters; two only in long labels (googlemail, kpnplanet) and never
    // for a listed disposable domain. Short labels (live, home) are too close to real words.
    const ok = d === 1 ? t.label.length >= 5 : d === 2 ? !disposable && t.label.length >= 8 : false;
    if (ok && (!best || d < best.d)) best = { domain: t.domain, d };
  }
  return best?.domain;
}
