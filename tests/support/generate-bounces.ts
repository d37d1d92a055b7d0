// A Mailchimp bounced list of any size, generated deterministically (seeded) instead of
// committing megabytes of HTML: the same markup as tests/fixtures/esp/mailchimp/bounced.html.
// 60 % hard, 40 % soft; addresses invented over common Belgian and Dutch mailbox domains.
const DOMAINS = [
  'gmail.com',
  'hotmail.com',
  'outlook.com',
  'telenet.be',
  'skynet.be',
  'yahoo.com',
  'ziggo.nl',
  'kpnmail.nl',
  'gmial.com',
  'bedrijf-example.be',
];
const NAMES = ['jan', 'els', 'marc', 'sofie', 'tom', 'lien', 'bart', 'an', 'koen', 'griet', 'info', 'sales'];

/** A seeded pseudo-random generator (mulberry32), so every run builds the same list. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The HTML of a bounced-activity page with `rows` rows. */
export function bounceListHtml(rows: number, seed = 1): string {
  const rnd = seeded(seed);
  const trs: string[] = [];
  for (let i = 0; i < rows; i++) {
    const email = `${NAMES[Math.floor(rnd() * NAMES.length)]}.${i}@${DOMAINS[Math.floor(rnd() * DOMAINS.length)]}`;
    const hard = i % 5 < 3;
    trs.push(
      `<tr class="row-1a2Bc"><td class="cell-9XyZq"><a href="/lists/members/view?id=${i}">${email}</a></td><td class="cell-9XyZq"><span class="badge-3yxYk">${hard ? 'Hard' : 'Soft'}</span></td><td class="cell-9XyZq"><a href="/reports/activity/bounce-reason?id=9000001&amp;e=${i}">Bounce Reason</a></td></tr>`,
    );
  }
  return `<!doctype html><html><head><title>Bounced | Mailchimp</title></head><body><main class="root-3TDqk"><h1>Grote lijst</h1><h2>Bounced</h2><table class="table-1QvPq"><thead><tr><th>Email address</th><th>Bounce type</th><th>Bounce reason</th></tr></thead><tbody>${trs.join('')}</tbody></table></main></body></html>`;
}
