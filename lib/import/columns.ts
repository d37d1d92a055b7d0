// Which column is which (issue 14 §1): header names as CRM/ERP and ESP exports write them, in
// English, Dutch and French (Mailchimp "Email Address", Outlook "E-mail Address", Teamleader
// "E-mailadres", Odoo "Courriel", Exact "E-mail", …). The user confirms the guess on the page or
// with --column on the command line.

export type ColumnRole = 'email' | 'lastActivity' | 'created' | 'lastOrder' | 'customer' | 'firstName' | 'lastName';
export type ColumnGuess = Partial<Record<ColumnRole, number>>;

/** Lower case, accents dropped, only letters and digits: "Dernière activité" → "derniereactivite". */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

// Exact names first (normalised), then words a longer header contains; the first role to match wins.
const EXACT: Record<ColumnRole, string[]> = {
  email: [
    'email',
    'emailaddress',
    'mail',
    'emailadres',
    'mailadres',
    'emailadresse',
    'courriel',
    'adressecourriel',
    'adresseemail',
    'adresseelectronique',
    'mel',
    'contactemail',
    'primaryemail',
    'email1',
    'emailprive',
    'emailwerk',
  ],
  lastActivity: [
    'lastactivity',
    'lastactive',
    'lastengaged',
    'lastengagement',
    'lastopen',
    'lastopened',
    'lastclick',
    'lastclicked',
    'lastseen',
    'lastcontact',
    'lastcontacted',
    'lastinteraction',
    'laatsteactiviteit',
    'laatstactief',
    'laatsteklik',
    'laatstgeopend',
    'laatsteopening',
    'laatstecontact',
    'laatsteinteractie',
    'derniereactivite',
    'dernierclic',
    'derniereouverture',
    'derniercontact',
    'derniereinteraction',
    'lastactivitydate',
    // Not Mailchimp's LAST_CHANGED: that is when the record changed, not when the contact engaged.
  ],
  created: [
    'created',
    'createdat',
    'createdon',
    'datecreated',
    'creationdate',
    'dateadded',
    'added',
    'signupdate',
    'optintime',
    'optindate',
    'subscribed',
    'subscribedat',
    'subscriptiondate',
    'confirmtime',
    'aangemaakt',
    'aangemaaktop',
    'aanmaakdatum',
    'datumaangemaakt',
    'inschrijfdatum',
    'ingeschreven',
    'toegevoegd',
    'toegevoegdop',
    'creele',
    'datedecreation',
    'datecreation',
    'datedinscription',
    'inscritle',
    'ajoutele',
    'dateajout',
  ],
  lastOrder: [
    'lastorder',
    'lastorderdate',
    'lastpurchase',
    'lastpurchasedate',
    'lastinvoice',
    'laatstebestelling',
    'laatsteaankoop',
    'laatstefactuur',
    'datumlaatstebestelling',
    'dernierecommande',
    'dernierachat',
    'dernierefacture',
  ],
  firstName: ['firstname', 'first', 'givenname', 'voornaam', 'prenom', 'fname'],
  lastName: ['lastname', 'surname', 'familyname', 'achternaam', 'familienaam', 'naam', 'nom', 'lname', 'nomdefamille'],
  customer: [
    'customer',
    'iscustomer',
    'klant',
    'isklant',
    'client',
    'estclient',
    'customerflag',
    'klantstatus',
    'statutclient',
  ],
};
const CONTAINS: [ColumnRole, RegExp][] = [
  ['lastOrder', /(lastorder|lastpurchase|laatstebestel|laatsteaankoop|dernierecommande|dernierachat)/],
  [
    'lastActivity',
    /(lastactiv|lastopen|lastclick|lastengag|laatsteactiv|laatstgeopend|laatsteklik|derniereactiv|dernierclic|derniereouvert)/,
  ],
  ['created', /(created|aangemaakt|aanmaak|inschrijf|creation|inscription|optin|signup)/],
  ['email', /(email|emailadres|courriel)/],
  ['customer', /^(is)?(customer|klant|client)/],
];

/** Guesses each role's column from the header names; a column serves one role at most. */
export function guessColumns(headers: string[]): ColumnGuess {
  const names = headers.map(normalizeHeader);
  const guess: ColumnGuess = {};
  const used = new Set<number>();
  for (const role of Object.keys(EXACT) as ColumnRole[]) {
    const i = names.findIndex((n, k) => !used.has(k) && EXACT[role].includes(n));
    if (i >= 0) {
      guess[role] = i;
      used.add(i);
    }
  }
  for (const [role, re] of CONTAINS) {
    if (guess[role] !== undefined) continue;
    const i = names.findIndex((n, k) => !used.has(k) && re.test(n));
    if (i >= 0) {
      guess[role] = i;
      used.add(i);
    }
  }
  return guess;
}

/** A column named on the command line or picked on the page: by header name, else 1-based number. */
export function findColumn(headers: string[], wanted: string): number | undefined {
  const n = normalizeHeader(wanted);
  const byName = headers.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
  if (byName >= 0) return byName;
  const byNorm = headers.findIndex((h) => normalizeHeader(h) === n && n !== '');
  if (byNorm >= 0) return byNorm;
  return /^\d+$/.test(wanted) && +wanted >= 1 && +wanted <= headers.length ? +wanted - 1 : undefined;
}

const YES = new Set([
  'yes',
  'y',
  'ja',
  'j',
  'oui',
  'o',
  'true',
  'waar',
  'vrai',
  '1',
  'x',
  'klant',
  'client',
  'customer',
  'wahr',
]);

/** Whether a customer-flag cell says yes (Yes/Ja/Oui/1/x/TRUE/"klant"). */
export function isYes(cell: string | undefined): boolean {
  return cell !== undefined && YES.has(cell.trim().toLowerCase());
}
