// The "why?" page: a short explanation per finding, in English and Dutch, with its source.
import type { Lang } from './index';

export interface WhyEntry {
  id: string;
  title: string;
  body: string;
  source: string;
}

const EN: WhyEntry[] = [
  { id: 'bounce-rate', title: 'Bounce rate', body: 'A bounce is mail that could not be delivered. A few are normal (about 1 % across the industry). Above 2–3 % alarm bells should ring, 10 % is bad and 20 % is a disaster: mailbox providers see a sender who mails addresses that do not exist, and they judge you for it. Mailing a list "to clean it" is exactly wrong.', source: 'The article; Mailchimp benchmarks (knowledge.md §1–2)' },
  { id: 'bounce-categories', title: 'Kinds of bounces', body: 'Hard bounces (5.1.x: the address or domain does not exist) must go from your CRM at once. Blocks (5.7.x) mean the receiver refused you — for failing authentication or for your reputation. Soft bounces (mailbox full) and deferrals (try later) are temporary unless they repeat.', source: 'RFC 3463; knowledge.md §6' },
  { id: 'complaint-rate', title: 'Spam complaints', body: 'Gmail wants complaints below 0.10 % and never 0.30 %. Gmail does not tell your ESP who complained, so the figure your ESP shows is too low.', source: 'Gmail sender guidelines (knowledge.md §3)' },
  { id: 'open-rate', title: 'Open rate', body: 'The all-industry benchmark is about 22.7 %. Apple Mail Privacy Protection opens every mail automatically and inflates opens by 15–25 points; a low open rate despite that is a strong sign your mail lands in spam.', source: 'Mailchimp benchmarks; knowledge.md §2' },
  { id: 'click-rate', title: 'Clicks', body: 'Clicks cannot be inflated by Apple Mail the way opens are, so they are the better engagement signal. High opens with almost no clicks points at inflated opens or link scanners.', source: 'knowledge.md §2' },
  { id: 'unsubscribe-rate', title: 'Unsubscribes', body: 'Above 1 % the list did not expect your mail.', source: "Klaviyo's deliverability guidance (knowledge.md §2)" },
  { id: 'volume-spike', title: 'Everything at once', body: 'A send much bigger than usual, or the first after a long pause, combined with a mixed list, is one strong negative signal. Providers react hard. Grow volume step by step and start with people who engaged recently.', source: 'The article; knowledge.md §1 and §8' },
  { id: 'reputation-trend', title: 'Getting worse each time', body: '"The first mailing went fine, then it got worse": providers learn from every send. Falling opens or rising bounces over several campaigns mean your reputation is slipping.', source: 'The article (knowledge.md §1)' },
  { id: 'auth-broken', title: 'SPF, DKIM and DMARC', body: 'SPF says which servers may send for your domain, DKIM that the mail was not changed on the way, DMARC that the two really belong to your From address. If they are missing or wrong, providers distrust you however good the mail is. Whatever ESP you use, publish the records it asks for.', source: 'RFC 7208, RFC 6376, RFC 7489; knowledge.md §4–5' },
  { id: 'free-mail-from', title: 'Free-mail From address', body: 'gmail.com, outlook.com and the like publish a strict DMARC policy: mail "from" them sent by an ESP fails. Send from your own domain.', source: 'knowledge.md §3' },
  { id: 'bulk-sender-rules', title: 'Bulk-sender rules', body: 'From about 5,000 mails a day to Gmail, Yahoo or Microsoft users you are a bulk sender: SPF and DKIM, a DMARC record and an aligned From are required, or mail is rejected.', source: 'Gmail, Yahoo and Microsoft sender rules (knowledge.md §3)' },
  { id: 'dkim-key-quality', title: 'DKIM keys', body: 'RSA keys below 1024 bits are invalid and 2048 bits is the norm. A key with t=y is in testing mode.', source: 'RFC 8301; knowledge.md §5' },
  { id: 'dmarc-none-at-volume', title: 'DMARC at p=none', body: 'p=none only monitors: failing mail is still delivered and your domain can be spoofed. Read the reports, then move to quarantine.', source: 'RFC 7489; knowledge.md §5' },
  { id: 'dns-unchecked', title: "Couldn't check", body: 'The DNS resolver did not answer. That is not the same as a missing record: check again, or choose another resolver in the options.', source: 'knowledge.md §5' },
];

const NL: WhyEntry[] = [
  { id: 'bounce-rate', title: 'Bounce rate', body: 'Een bounce is een mail die niet afgeleverd kon worden. Een paar is normaal (ongeveer 1 % over alle sectoren). Boven 2 à 3 % gaan de alarmbellen af, 10 % is slecht en 20 % is een ramp: mailboxproviders zien een afzender die adressen mailt die niet bestaan, en beoordelen je daarop. Een mailing gebruiken "om de lijst op te schonen" is net verkeerd.', source: 'Het artikel; Mailchimp-benchmarks (knowledge.md §1–2)' },
  { id: 'bounce-categories', title: 'Soorten bounces', body: 'Harde bounces (5.1.x: het adres of domein bestaat niet) moeten meteen uit je CRM. Blokkeringen (5.7.x) betekenen dat de ontvanger je weigerde — wegens mislukte authenticatie of je reputatie. Zachte bounces (mailbox vol) en uitstel (later opnieuw) zijn tijdelijk, tenzij ze terugkomen.', source: 'RFC 3463; knowledge.md §6' },
  { id: 'complaint-rate', title: 'Spamklachten', body: 'Gmail wil klachten onder 0,10 % en nooit 0,30 %. Gmail vertelt je mailingtool niet wie klaagde, dus het cijfer in je mailingtool is te laag.', source: 'Richtlijnen van Gmail (knowledge.md §3)' },
  { id: 'open-rate', title: 'Open rate', body: 'De benchmark over alle sectoren is ongeveer 22,7 %. Apple Mail Privacy Protection opent elke mail automatisch en blaast opens 15 à 25 punten op; een lage open rate ondanks dat is een sterk teken dat je mail in spam belandt.', source: 'Mailchimp-benchmarks; knowledge.md §2' },
  { id: 'click-rate', title: 'Kliks', body: 'Kliks worden niet opgeblazen door Apple Mail zoals opens, dus ze zijn het betere signaal. Veel opens en bijna geen kliks wijst op opgeblazen opens of linkscanners.', source: 'knowledge.md §2' },
  { id: 'unsubscribe-rate', title: 'Uitschrijvingen', body: 'Boven 1 % verwachtte de lijst je mail niet.', source: 'Richtlijnen van Klaviyo (knowledge.md §2)' },
  { id: 'volume-spike', title: 'Alles in één keer', body: 'Een verzending die veel groter is dan gewoonlijk, of de eerste na een lange pauze, met een gemengde lijst, is één sterk negatief signaal. Providers reageren hard. Verhoog het volume stap voor stap en begin bij wie recent reageerde.', source: 'Het artikel; knowledge.md §1 en §8' },
  { id: 'reputation-trend', title: 'Elke keer slechter', body: '"De eerste mailing ging goed, daarna werd het slechter": providers leren van elke verzending. Dalende opens of stijgende bounces over meerdere mailings betekenen dat je reputatie wegzakt.', source: 'Het artikel (knowledge.md §1)' },
  { id: 'auth-broken', title: 'SPF, DKIM en DMARC', body: 'SPF zegt welke servers voor je domein mogen versturen, DKIM dat de mail onderweg niet werd aangepast, DMARC dat die twee echt bij je afzenderadres horen. Ontbreken ze of staan ze fout, dan wantrouwen providers je, hoe goed je mail ook is. Welke mailingtool je ook gebruikt: publiceer de records die hij vraagt.', source: 'RFC 7208, RFC 6376, RFC 7489; knowledge.md §4–5' },
  { id: 'free-mail-from', title: 'Gratis maildomein als afzender', body: 'gmail.com, outlook.com en dergelijke publiceren een strikt DMARC-beleid: mail "van" die adressen via een mailingtool faalt. Verstuur vanaf je eigen domein.', source: 'knowledge.md §3' },
  { id: 'bulk-sender-rules', title: 'Regels voor bulkverzenders', body: 'Vanaf ongeveer 5.000 mails per dag naar gebruikers van Gmail, Yahoo of Microsoft ben je een bulkverzender: SPF en DKIM, een DMARC-record en een uitgelijnd afzenderdomein zijn verplicht, anders wordt mail geweigerd.', source: 'Regels van Gmail, Yahoo en Microsoft (knowledge.md §3)' },
  { id: 'dkim-key-quality', title: 'DKIM-sleutels', body: 'RSA-sleutels onder 1024 bit zijn ongeldig en 2048 bit is de norm. Een sleutel met t=y staat in testmodus.', source: 'RFC 8301; knowledge.md §5' },
  { id: 'dmarc-none-at-volume', title: 'DMARC op p=none', body: 'p=none kijkt alleen toe: mail die faalt wordt toch afgeleverd en je domein kan misbruikt worden. Lees de rapporten en ga dan naar quarantine.', source: 'RFC 7489; knowledge.md §5' },
  { id: 'dns-unchecked', title: 'Kon niet controleren', body: 'De DNS-resolver antwoordde niet. Dat is niet hetzelfde als een ontbrekend record: controleer opnieuw, of kies een andere resolver in de opties.', source: 'knowledge.md §5' },
];

/** The explanations in a language. */
export function whyEntries(lang: Lang): WhyEntry[] {
  return lang === 'nl' ? NL : EN;
}
