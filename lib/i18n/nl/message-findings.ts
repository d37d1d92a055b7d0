// Dutch texts of lib/i18n/message-findings.ts, which holds their type, shared helpers and accessor.
import { formatCount, plural } from '../index';
import { authservName, s, type MessageFindingTexts } from '../message-findings';

export const messageFindings: MessageFindingTexts = {
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
