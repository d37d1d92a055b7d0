// The finding and verdict texts of the received-copy check, apart from the page's other texts so
// the panel (which shows the stored verdict) does not carry the page's catalogue (lib/i18n/message.ts).
import { formatCount, plural, type Lang } from './index';
import type { MessageFinding, MessageFindingId } from '../message/types';

type P = Record<string, string | number>;
const s = (p: P, k: string) => String(p[k] ?? '');

/** The receiver's name as people know it: mx.google.com is Gmail; none written (Microsoft) gets a phrase. */
export const authservName = (a: string, unnamed: string) => (a === 'mx.google.com' ? `Gmail (${a})` : a || unnamed);

export interface MessageFindingTexts {
  finding: Record<MessageFindingId, (p: P, lang: Lang) => string>;
  verdict: { title: string; checkedOn: (date: string) => string; none: string };
}

const en: MessageFindingTexts = {
  finding: {
    'not-a-message': () =>
      'This does not look like a message source: no header fields were found. Paste the whole original, headers included.',
    'malformed-lines': (p, lang) =>
      plural(Number(p.count), lang, {
        one: '1 line in the header block is not a header field; it was skipped.',
        other: `${formatCount(Number(p.count), lang)} lines in the header block are not header fields; they were skipped.`,
      }),
    'preface-skipped': () =>
      'The text above the message source (such as Gmail\u2019s summary of the original) was skipped.',
    'from-missing': () => 'The message has no From address: DMARC cannot be evaluated.',
    'from-multiple': (p) => `The message has ${s(p, 'count')} From addresses: receivers may reject it.`,
    'too-large': (p, lang) =>
      `The message is ${formatCount(Number(p.mb), lang)} MB, more than the ${formatCount(Number(p.limit), lang)} MB this check verifies: the signatures were not verified.`,
    'dkim-none': () => 'The message has no DKIM signature: Gmail, Yahoo and Microsoft require one from bulk senders.',
    'dkim-aligned-pass': (p) =>
      `DKIM is in order: the signature of ${s(p, 'domain')} (selector ${s(p, 'selector')}) verified and matches the From domain.`,
    'dkim-no-aligned-pass': (p) => `DKIM: no signature of ${s(p, 'from')} verified, so DMARC cannot pass through DKIM.`,
    'dkim-only-esp': (p) =>
      `DKIM: only ${s(p, 'domains')} signed verifiably, not your domain ${s(p, 'from')}: publish the DKIM records your ESP gives you.`,
    'dkim-l-tag': (p, lang) =>
      `The signature of ${s(p, 'domain')} uses l= (${formatCount(Number(p.l), lang)} bytes): anything added below that part is not covered by the signature.`,
    'dkim-testing': (p) =>
      `The key of ${s(p, 'domain')} (selector ${s(p, 'selector')}) is in testing mode (t=y): receivers may treat the mail as unsigned.`,
    'dkim-key-1024': (p) =>
      `The key of ${s(p, 'domain')} (selector ${s(p, 'selector')}) is ${s(p, 'bits')}-bit RSA: still accepted, but 2048 is the norm.`,
    'dkim-unchecked': (p) =>
      `The signature of ${s(p, 'domain')} (selector ${s(p, 'selector')}) could not be checked (see the signature below).`,
    'dmarc-pass': (p) =>
      `DMARC passes for ${s(p, 'domain')} through ${p.via === 'spf' ? 'SPF' : 'DKIM'} of ${s(p, 'viaDomain')} (policy p=${s(p, 'policy')}).`,
    'dmarc-fail': (p) =>
      `DMARC fails for ${s(p, 'domain')} (policy p=${s(p, 'policy')}): no aligned DKIM signature verified and the receiver showed no aligned SPF pass.`,
    'dmarc-none': (p) => `${s(p, 'domain')} publishes no DMARC record: Gmail and Yahoo require one from bulk senders.`,
    'dmarc-temperror': (p) => `DMARC for ${s(p, 'domain')} could not be checked: a DNS question got no answer.`,
    'dmarc-permerror': (p) =>
      `DMARC for ${s(p, 'domain')} cannot be evaluated: the record is invalid or published twice, or the message has several From domains.`,
    'unsubscribe-missing': () =>
      'Gmail and Yahoo will not show an unsubscribe button: the message has no List-Unsubscribe header.',
    'unsubscribe-no-https': () =>
      'Gmail will not show an unsubscribe button: List-Unsubscribe has no https: link (mailto: alone does not count).',
    'unsubscribe-no-post': () => 'Gmail will not show an unsubscribe button: List-Unsubscribe-Post is missing.',
    'unsubscribe-post-invalid': (p) =>
      `Gmail will not show an unsubscribe button: List-Unsubscribe-Post says “${s(p, 'value')}” instead of List-Unsubscribe=One-Click.`,
    'unsubscribe-not-signed': (p) =>
      `Gmail will not show an unsubscribe button: ${p.which === 'post' ? 'List-Unsubscribe-Post is' : p.which === 'list' ? 'List-Unsubscribe is' : 'List-Unsubscribe and List-Unsubscribe-Post are'} not signed`,
    'unsubscribe-unverified': (p) =>
      `Gmail will not show an unsubscribe button: the signature of ${s(p, 'domain')} that covers the unsubscribe headers did not verify`,
    'unsubscribe-unchecked': (p) =>
      `Whether Gmail shows an unsubscribe button could not be checked: the key of ${s(p, 'domain')}, whose signature covers the unsubscribe headers, could not be fetched.`,
    'unsubscribe-ok': () => 'One-click unsubscribe is in order: an https: link, List-Unsubscribe-Post, both signed.',
    'receiver-disagrees-dkim': (p) =>
      `${authservName(s(p, 'authserv'), 'A receiver')} said dkim=${s(p, 'theirs')} for ${s(p, 'domain')}, our check says ${s(p, 'ours')}: the copy may have changed after it arrived (forwarding, copying), or the key changed since.`,
    'receiver-disagrees-dmarc': (p) =>
      `${authservName(s(p, 'authserv'), 'A receiver')} said dmarc=${s(p, 'theirs')}, our check says ${s(p, 'ours')}.`,
    'receiver-none': () => 'No Authentication-Results: this copy does not show what the receiving server concluded.',
    'arc-present': (p, lang) =>
      `ARC headers from ${s(p, 'sealers')} (${plural(Number(p.count), lang, { one: '1 set', other: `${formatCount(Number(p.count), lang)} sets` })}): they record what each receiver or forwarder saw; listed here, not verified.`,
    'internal-error': (p) => `The check stopped on an unexpected problem (${s(p, 'detail')}); nothing was concluded.`,
  },
  verdict: {
    title: 'Received copy',
    checkedOn: (date) => `Checked on ${date}:`,
    none: 'No problem in the received copy.',
  },
};

const nl: MessageFindingTexts = {
  finding: {
    'not-a-message': () =>
      'Dit lijkt geen berichtbron: er zijn geen headervelden gevonden. Plak het volledige origineel, met de headers.',
    'malformed-lines': (p, lang) =>
      plural(Number(p.count), lang, {
        one: '1 regel in het headerblok is geen headerveld; die werd overgeslagen.',
        other: `${formatCount(Number(p.count), lang)} regels in het headerblok zijn geen headerveld; die werden overgeslagen.`,
      }),
    'preface-skipped': () =>
      'De tekst boven de berichtbron (zoals de samenvatting van Gmail bij het origineel) werd overgeslagen.',
    'from-missing': () => 'Het bericht heeft geen From-adres: DMARC kan niet beoordeeld worden.',
    'from-multiple': (p) => `Het bericht heeft ${s(p, 'count')} From-adressen: ontvangers kunnen het weigeren.`,
    'too-large': (p, lang) =>
      `Het bericht is ${formatCount(Number(p.mb), lang)} MB, meer dan de ${formatCount(Number(p.limit), lang)} MB die deze controle nakijkt: de handtekeningen werden niet gecontroleerd.`,
    'dkim-none': () =>
      'Het bericht heeft geen DKIM-handtekening: Gmail, Yahoo en Microsoft eisen er een van bulkverzenders.',
    'dkim-aligned-pass': (p) =>
      `DKIM is in orde: de handtekening van ${s(p, 'domain')} (selector ${s(p, 'selector')}) is geldig en past bij het afzenderdomein.`,
    'dkim-no-aligned-pass': (p) =>
      `DKIM: geen enkele handtekening van ${s(p, 'from')} is geldig, dus DMARC kan niet slagen via DKIM.`,
    'dkim-only-esp': (p) =>
      `DKIM: alleen ${s(p, 'domains')} ondertekende geldig, niet uw domein ${s(p, 'from')}: publiceer de DKIM-records die uw mailingtool u geeft.`,
    'dkim-l-tag': (p, lang) =>
      `De handtekening van ${s(p, 'domain')} gebruikt l= (${formatCount(Number(p.l), lang)} bytes): wat onder dat deel wordt toegevoegd, valt buiten de handtekening.`,
    'dkim-testing': (p) =>
      `De sleutel van ${s(p, 'domain')} (selector ${s(p, 'selector')}) staat in testmodus (t=y): ontvangers kunnen de mail als niet-ondertekend behandelen.`,
    'dkim-key-1024': (p) =>
      `De sleutel van ${s(p, 'domain')} (selector ${s(p, 'selector')}) is RSA van ${s(p, 'bits')} bit: nog aanvaard, maar 2048 is de norm.`,
    'dkim-unchecked': (p) =>
      `De handtekening van ${s(p, 'domain')} (selector ${s(p, 'selector')}) kon niet gecontroleerd worden (zie de handtekening hieronder).`,
    'dmarc-pass': (p) =>
      `DMARC slaagt voor ${s(p, 'domain')} via ${p.via === 'spf' ? 'SPF' : 'DKIM'} van ${s(p, 'viaDomain')} (beleid p=${s(p, 'policy')}).`,
    'dmarc-fail': (p) =>
      `DMARC faalt voor ${s(p, 'domain')} (beleid p=${s(p, 'policy')}): geen uitgelijnde DKIM-handtekening is geldig en de ontvanger toonde geen uitgelijnde SPF-pass.`,
    'dmarc-none': (p) =>
      `${s(p, 'domain')} publiceert geen DMARC-record: Gmail en Yahoo eisen er een van bulkverzenders.`,
    'dmarc-temperror': (p) =>
      `DMARC voor ${s(p, 'domain')} kon niet gecontroleerd worden: een DNS-vraag kreeg geen antwoord.`,
    'dmarc-permerror': (p) =>
      `DMARC voor ${s(p, 'domain')} kan niet beoordeeld worden: het record is ongeldig of staat er twee keer, of het bericht heeft meerdere afzenderdomeinen.`,
    'unsubscribe-missing': () =>
      'Gmail en Yahoo tonen geen uitschrijfknop: het bericht heeft geen List-Unsubscribe-header.',
    'unsubscribe-no-https': () =>
      'Gmail toont geen uitschrijfknop: List-Unsubscribe heeft geen https:-link (alleen mailto: telt niet).',
    'unsubscribe-no-post': () => 'Gmail toont geen uitschrijfknop: List-Unsubscribe-Post ontbreekt.',
    'unsubscribe-post-invalid': (p) =>
      `Gmail toont geen uitschrijfknop: List-Unsubscribe-Post zegt “${s(p, 'value')}” in plaats van List-Unsubscribe=One-Click.`,
    'unsubscribe-not-signed': (p) =>
      `Gmail toont geen uitschrijfknop: ${p.which === 'post' ? 'List-Unsubscribe-Post is' : p.which === 'list' ? 'List-Unsubscribe is' : 'List-Unsubscribe en List-Unsubscribe-Post zijn'} niet ondertekend`,
    'unsubscribe-unverified': (p) =>
      `Gmail toont geen uitschrijfknop: de handtekening van ${s(p, 'domain')} over de uitschrijfheaders is niet geldig`,
    'unsubscribe-unchecked': (p) =>
      `Of Gmail een uitschrijfknop toont, kon niet gecontroleerd worden: de sleutel van ${s(p, 'domain')}, waarvan de handtekening de uitschrijfheaders dekt, kon niet opgehaald worden.`,
    'unsubscribe-ok': () =>
      'Uitschrijven met één klik is in orde: een https:-link, List-Unsubscribe-Post, beide ondertekend.',
    'receiver-disagrees-dkim': (p) =>
      `${authservName(s(p, 'authserv'), 'Een ontvanger')} zei dkim=${s(p, 'theirs')} voor ${s(p, 'domain')}, onze controle zegt ${s(p, 'ours')}: het exemplaar is misschien gewijzigd na aankomst (doorsturen, kopiëren), of de sleutel is sindsdien veranderd.`,
    'receiver-disagrees-dmarc': (p) =>
      `${authservName(s(p, 'authserv'), 'Een ontvanger')} zei dmarc=${s(p, 'theirs')}, onze controle zegt ${s(p, 'ours')}.`,
    'receiver-none': () => 'Geen Authentication-Results: dit exemplaar toont niet wat de ontvangende server besloot.',
    'arc-present': (p, lang) =>
      `ARC-headers van ${s(p, 'sealers')} (${plural(Number(p.count), lang, { one: '1 set', other: `${formatCount(Number(p.count), lang)} sets` })}): ze noteren wat elke ontvanger of doorstuurder zag; hier getoond, niet gecontroleerd.`,
    'internal-error': (p) =>
      `De controle stopte op een onverwacht probleem (${s(p, 'detail')}); er werd niets besloten.`,
  },
  verdict: {
    title: 'Ontvangen exemplaar',
    checkedOn: (date) => `Gecontroleerd op ${date}:`,
    none: 'Geen probleem in het ontvangen exemplaar.',
  },
};

const fr: MessageFindingTexts = {
  finding: {
    'not-a-message': () =>
      'Ceci ne ressemble pas à la source d’un message : aucun champ d’en-tête trouvé. Collez l’original complet, en-têtes compris.',
    'malformed-lines': (p, lang) =>
      plural(Number(p.count), lang, {
        one: '1 ligne du bloc d’en-têtes n’est pas un champ d’en-tête ; elle a été ignorée.',
        other: `${formatCount(Number(p.count), lang)} lignes du bloc d’en-têtes ne sont pas des champs d’en-tête ; elles ont été ignorées.`,
      }),
    'preface-skipped': () =>
      'Le texte au-dessus de la source du message (comme le résumé de Gmail sur l\u2019original) a été ignoré.',
    'from-missing': () => 'Le message n’a pas d’adresse From : DMARC ne peut pas être évalué.',
    'from-multiple': (p) => `Le message a ${s(p, 'count')} adresses From : les destinataires peuvent le refuser.`,
    'too-large': (p, lang) =>
      `Le message fait ${formatCount(Number(p.mb), lang)} Mo, plus que les ${formatCount(Number(p.limit), lang)} Mo que cette vérification traite : les signatures n’ont pas été vérifiées.`,
    'dkim-none': () =>
      'Le message n’a aucune signature DKIM : Gmail, Yahoo et Microsoft en exigent une des expéditeurs en masse.',
    'dkim-aligned-pass': (p) =>
      `DKIM est en ordre : la signature de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) est valide et correspond au domaine d’expéditeur.`,
    'dkim-no-aligned-pass': (p) =>
      `DKIM : aucune signature de ${s(p, 'from')} n’est valide, DMARC ne peut donc pas réussir par DKIM.`,
    'dkim-only-esp': (p) =>
      `DKIM : seul ${s(p, 'domains')} a signé de façon valide, pas votre domaine ${s(p, 'from')} : publiez les enregistrements DKIM que votre outil d’e-mailing vous donne.`,
    'dkim-l-tag': (p, lang) =>
      `La signature de ${s(p, 'domain')} utilise l= (${formatCount(Number(p.l), lang)} octets) : ce qui est ajouté sous cette partie n’est pas couvert par la signature.`,
    'dkim-testing': (p) =>
      `La clé de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) est en mode test (t=y) : les destinataires peuvent traiter le message comme non signé.`,
    'dkim-key-1024': (p) =>
      `La clé de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) est une clé RSA de ${s(p, 'bits')} bits : encore acceptée, mais 2048 est la norme.`,
    'dkim-unchecked': (p) =>
      `La signature de ${s(p, 'domain')} (sélecteur ${s(p, 'selector')}) n’a pas pu être vérifiée (voir la signature ci-dessous).`,
    'dmarc-pass': (p) =>
      `DMARC réussit pour ${s(p, 'domain')} par ${p.via === 'spf' ? 'SPF' : 'DKIM'} de ${s(p, 'viaDomain')} (politique p=${s(p, 'policy')}).`,
    'dmarc-fail': (p) =>
      `DMARC échoue pour ${s(p, 'domain')} (politique p=${s(p, 'policy')}) : aucune signature DKIM alignée n’est valide et le destinataire n’a montré aucun SPF pass aligné.`,
    'dmarc-none': (p) =>
      `${s(p, 'domain')} ne publie aucun enregistrement DMARC : Gmail et Yahoo en exigent un des expéditeurs en masse.`,
    'dmarc-temperror': (p) =>
      `DMARC pour ${s(p, 'domain')} n’a pas pu être vérifié : une question DNS est restée sans réponse.`,
    'dmarc-permerror': (p) =>
      `DMARC pour ${s(p, 'domain')} ne peut pas être évalué : l’enregistrement n’est pas valide ou est publié deux fois, ou le message a plusieurs domaines d’expéditeur.`,
    'unsubscribe-missing': () =>
      'Gmail et Yahoo n’afficheront pas de bouton de désabonnement : le message n’a pas d’en-tête List-Unsubscribe.',
    'unsubscribe-no-https': () =>
      'Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe n’a pas de lien https: (un mailto: seul ne compte pas).',
    'unsubscribe-no-post': () => 'Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe-Post manque.',
    'unsubscribe-post-invalid': (p) =>
      `Gmail n’affichera pas de bouton de désabonnement : List-Unsubscribe-Post indique « ${s(p, 'value')} » au lieu de List-Unsubscribe=One-Click.`,
    'unsubscribe-not-signed': (p) =>
      `Gmail n’affichera pas de bouton de désabonnement : ${p.which === 'post' ? 'List-Unsubscribe-Post n’est pas signé' : p.which === 'list' ? 'List-Unsubscribe n’est pas signé' : 'List-Unsubscribe et List-Unsubscribe-Post ne sont pas signés'}`,
    'unsubscribe-unverified': (p) =>
      `Gmail n’affichera pas de bouton de désabonnement : la signature de ${s(p, 'domain')} qui couvre les en-têtes de désabonnement n’est pas valide`,
    'unsubscribe-unchecked': (p) =>
      `Impossible de vérifier si Gmail affichera un bouton de désabonnement : la clé de ${s(p, 'domain')}, dont la signature couvre les en-têtes de désabonnement, n’a pas pu être récupérée.`,
    'unsubscribe-ok': () =>
      'Le désabonnement en un clic est en ordre : un lien https:, List-Unsubscribe-Post, les deux signés.',
    'receiver-disagrees-dkim': (p) =>
      `${authservName(s(p, 'authserv'), 'Un destinataire')} a indiqué dkim=${s(p, 'theirs')} pour ${s(p, 'domain')}, notre vérification dit ${s(p, 'ours')} : l’exemplaire a peut-être changé après son arrivée (transfert, copie), ou la clé a changé depuis.`,
    'receiver-disagrees-dmarc': (p) =>
      `${authservName(s(p, 'authserv'), 'Un destinataire')} a indiqué dmarc=${s(p, 'theirs')}, notre vérification dit ${s(p, 'ours')}.`,
    'receiver-none': () =>
      'Pas d’Authentication-Results : cet exemplaire ne montre pas ce que le serveur destinataire a conclu.',
    'arc-present': (p, lang) =>
      `En-têtes ARC de ${s(p, 'sealers')} (${plural(Number(p.count), lang, { one: '1 ensemble', other: `${formatCount(Number(p.count), lang)} ensembles` })}) : ils notent ce que chaque destinataire ou intermédiaire a vu ; listés ici, pas vérifiés.`,
    'internal-error': (p) =>
      `La vérification s’est arrêtée sur un problème inattendu (${s(p, 'detail')}) ; rien n’a été conclu.`,
  },
  verdict: {
    title: 'Exemplaire reçu',
    checkedOn: (date) => `Vérifié le ${date} :`,
    none: 'Aucun problème dans l’exemplaire reçu.',
  },
};

export const messageFindingTexts: Record<Lang, MessageFindingTexts> = { en, nl, fr };

/** The sentence for a finding in a language. */
export function findingText(f: MessageFinding, lang: Lang): string {
  return messageFindingTexts[lang].finding[f.id](f.params, lang);
}
