// French texts of lib/i18n/auth.ts, which holds their type, shared helpers and accessor.
import { list, n, r, s, type AuthTexts } from '../auth';

export const auth: AuthTexts = {
  reason: {
    'tag-empty': () => 'balise vide entre « ;; »',
    'tag-not-pair': (p) => `« ${s(p.text)} » n'est pas une paire balise=valeur`,
    'tag-bad-name': (p) => `« ${s(p.name)} » n'est pas un nom de balise valide`,
    'tag-twice': (p) => `la balise « ${s(p.name)} » figure deux fois`,
    'dkim-v-first': () => 'v=DKIM1 doit venir en premier s’il est présent',
    'dkim-no-p': () => 'la balise p= (clé publique) manque',
    'dkim-not-base64': () => 'la clé publique n’est pas du base64 valide',
    'dkim-not-rsa': () => 'la clé publique n’est pas une clé RSA lisible',
    'dkim-ed25519-size': () => 'une clé Ed25519 doit faire 32 octets',
    'dkim-unknown-k': (p) => `type de clé inconnu k=${s(p.k)}`,
    'dmarc-bad-policy': (p) => `${s(p.tag)}=${s(p.value)} ne vaut ni none, ni quarantine, ni reject`,
    'dmarc-not-mailto': (p) => `l'entrée ${s(p.tag)} « ${s(p.uri)} » n'est pas une adresse mailto:`,
    'dmarc-no-v': () => 'l’enregistrement doit commencer par v=DMARC1',
    'dmarc-no-p': () => 'la balise p= (politique) manque',
    'dmarc-bad-alignment': (p) => `${s(p.tag)}=${s(p.value)} doit valoir r ou s`,
    'dmarc-bad-pct': (p) => `pct=${s(p.value)} doit être un nombre entier de 0 à 100`,
    'dmarc-pct-removed': () => 'pct est supprimé par la RFC 9989 ; pour tester, utilisez t=y',
    'dmarc-bad-psd': (p) => `psd=${s(p.value)} doit valoir y, n ou u`,
    'dmarc-tag-removed': (p) => `${s(p.tag)} est supprimé par la RFC 9989 et ignoré`,
    'dmarc-bad-t': (p) => `t=${s(p.value)} doit valoir y ou n`,
    'dmarc-unknown-tag': (p) => `la balise inconnue « ${s(p.name)} » est ignorée`,
    'domain-empty': () => 'rien n’a été saisi',
    'domain-bad-url': () => 'ce n’est pas une adresse web valide',
    'domain-spaces': () => 'un domaine ne contient pas d’espaces',
    'domain-invalid': () => 'ce n’est pas un nom de domaine valide',
    'domain-ip': () => 'une adresse IP n’est pas un domaine d’envoi',
    'domain-one-label': () => 'un domaine d’envoi compte au moins deux parties, comme example.com',
    'origin-empty': () => 'rien n’a été saisi',
    'origin-bad-url': () => 'ce n’est pas une adresse web',
    'origin-not-https': () => 'l’adresse doit utiliser https',
    'origin-not-plain': () => 'l’adresse doit être un simple nom d’hôte',
    'origin-not-host': () => 'ce n’est pas un nom d’hôte',
    'macro-bad-char': (p) => `le caractère ${s(p.char)} n’est pas permis dans une chaîne de macro`,
    'macro-malformed': (p) => `macro illisible à « ${s(p.at)} »`,
    'macro-unknown-letter': (p) => `lettre de macro inconnue « ${s(p.letter)} »`,
    'macro-exp-only-letter': (p) => `lettre de macro inconnue « ${s(p.letter)} » (permise seulement dans le texte exp)`,
    'macro-zero-digits': () => 'le chiffre d’une macro ne peut pas valoir zéro',
    'macro-bad-percent': () => '« % » doit être suivi de « { », « % », « _ » ou « - »',
    'spf-empty-domain': () => 'un domaine vide',
    'spf-bad-toplabel': (p) => `« ${s(p.text)} » ne se termine pas par un libellé de premier niveau valide`,
    'spf-bad-cidr': (p) => `/${s(p.text)} n’est pas une longueur de préfixe de 0 à ${s(p.max)}`,
    'spf-all-argument': () => 'all ne prend aucun argument',
    'spf-needs-domain': (p) => `${s(p.name)} demande « :domaine »`,
    'spf-needs-address': (p) => `${s(p.name)} demande « :adresse »`,
    'spf-unknown-mechanism': (p) => `mécanisme inconnu « ${s(p.name)} »`,
    'spf-bad-ip': (p) => `« ${s(p.text)} » n’est pas une adresse ${s(p.family)}`,
    'spf-not-ascii': () => 'l’enregistrement contient des caractères hors de l’ASCII imprimable',
    'spf-no-version': () => 'l’enregistrement ne commence pas par v=spf1',
    'spf-in-modifier': (p) => `${s(p.name)}= : ${r('fr', p.inner)}`,
    'spf-modifier-twice': (p) => `${s(p.name)}= figure plus d’une fois (§6)`,
    'spf-not-a-term': (p) => `« ${s(p.text)} » n’est ni un mécanisme ni un modificateur`,
    'spf-eval-void-limit': (p) => `plus de ${s(p.max)} requêtes vides (la dernière : ${s(p.name)})`,
    'spf-eval-lookup-limit': (p) => `plus de ${s(p.max)} termes qui interrogent le DNS (atteint à « ${s(p.term)} »)`,
    'spf-eval-include-temp': (p) => `include:${s(p.name)} a échoué temporairement`,
    'spf-eval-include-none': (p) => `include:${s(p.name)} n’a pas d’enregistrement SPF`,
    'spf-eval-include-broken': (p) => `include:${s(p.name)} est défectueux`,
    'spf-eval-mx-too-many': (p) =>
      `${s(p.term)} a ${n('fr', p.hosts)} hôtes MX ; on peut en interroger ${s(p.max)} au plus`,
    'spf-eval-bad-domain': (p) => `« ${s(p.domain)} » n’est pas un domaine valide`,
    'spf-eval-dns': (p) => `la requête DNS pour ${s(p.name)} a échoué (${s(p.detail)})`,
    'spf-eval-nxdomain': (p) => `${s(p.domain)} n’existe pas`,
    'spf-eval-no-record': (p) => `${s(p.domain)} n’a pas d’enregistrement SPF`,
    'spf-eval-multiple': (p) => `${s(p.domain)} a ${n('fr', p.count)} enregistrements SPF (§4.5)`,
    'spf-eval-syntax': (p) => `${s(p.domain)} : ${r('fr', p.inner)}`,
    'spf-eval-matched': (p) => `${s(p.domain)} : « ${s(p.term)} » correspond`,
    'spf-eval-redirect': (p) => `redirect=${s(p.name)} : ${r('fr', p.inner)}`,
    'spf-eval-no-match': (p) => `${s(p.domain)} : aucun mécanisme ne correspond`,
    'spf-eval-bad-ip': (p) => `« ${s(p.ip)} » n’est pas une adresse IP`,
    'resolver-not-doh': () => 'ce n’est pas une adresse https:// de DNS-over-HTTPS',
    'check-background-closed': () => 'l’arrière-plan de l’extension a fermé la connexion',
    'check-failed': (p) => `la vérification s’est arrêtée sur une erreur inattendue (${s(p.detail)})`,
    'check-refused': () => 'cette page ne peut pas demander de vérification à l’extension',
    'check-bad-request': () => 'l’extension n’a pas compris la demande',
  },
  couldntCheck: 'Vérification impossible',
  required: 'requis',
  checkingArea: 'Vérification en cours…',
  selectorOutcome: { key: 'clé trouvée', absent: 'pas de clé', unknown: 'vérification impossible' },
  answeredBy: (a, f) => `réponse de ${a}${f.length ? ` après l'échec de ${list('fr', f)}` : ''}`,
  ownDomain: (d) =>
    `${d} est un domaine de messagerie gratuite pour lequel vous ne pouvez pas publier d'enregistrements : envoyez depuis votre propre domaine et publiez-y ces enregistrements.`,
  problem: (p) => {
    const at = p.endpoint ? ` (${p.endpoint})` : '';
    const q = p.name ? ` pour ${p.name}${p.type ? ` ${p.type}` : ''}` : '';
    switch (p.kind) {
      case 'timeout':
        return `pas de réponse ${p.ms ? `en ${n('fr', p.ms)} ms` : '(délai dépassé)'}${q}${at}`;
      case 'http':
        return `le résolveur a répondu HTTP ${p.status}${q}${at}`;
      case 'rcode':
        return `le résolveur a répondu ${p.detail}${q}${at}`;
      case 'malformed':
        return `la réponse n'était pas un message DNS complet (${p.detail ?? 'illisible'})${q}${at}`;
      case 'mismatch':
        return `la réponse concernait une autre question${q}${at}`;
      case 'truncated':
        return `la réponse était tronquée (TC)${q}${at}`;
      case 'cname-loop':
        return `boucle CNAME à ${p.name}${at}`;
      case 'cname-chain':
        return `chaîne CNAME trop longue à ${p.name}${at}`;
      case 'bad-name':
        return `${p.name ?? 'le nom'} ne peut pas être demandé au DNS`;
      case 'aborted':
        return 'la vérification a été annulée';
      default:
        return `le résolveur est injoignable${q}${at}`;
    }
  },
  says: {
    'spf-unchecked': (p) => `Impossible de vérifier le SPF de ${s(p.domain)}.`,
    'spf-missing': (p) =>
      `${s(p.domain)} ne publie aucun enregistrement SPF : les destinataires ne savent pas quels serveurs peuvent envoyer en son nom.`,
    'spf-multiple': (p) =>
      `${s(p.domain)} a plus d'un enregistrement SPF ; chaque contrôle SPF se termine alors en permerror (RFC 7208 §4.5).`,
    'spf-syntax': (p) =>
      `Erreur de syntaxe${p.where ? ` (dans ${s(p.where)})` : ''} : ${r('fr', p.problem)}. Les destinataires considèrent l'enregistrement comme défectueux (permerror).`,
    'spf-loop': (p) => `${s(p.domain)} s'inclut lui-même via ${s((p.path as string[] | undefined)?.join(' → '))}.`,
    'spf-include-no-spf': (p) =>
      `${s(p.domain)} est inclus mais n'a ${p.multiple ? 'pas un seul, mais plusieurs enregistrements SPF' : 'aucun enregistrement SPF'} : c'est une permerror.`,
    'spf-string-join': (p) =>
      `L'enregistrement${p.where ? ` (dans ${s(p.where)})` : ''} est découpé en chaînes jointes sans espace (RFC 7208 §3.3), ce qui casse un terme.`,
    'spf-string-too-long': (p) =>
      `Une chaîne de l'enregistrement${p.where ? ` (dans ${s(p.where)})` : ''} dépasse 255 caractères ; le DNS ne peut pas la transporter.`,
    'spf-answer-size': (p) =>
      `La réponse TXT pour ${s(p.domain)} fait environ ${n('fr', p.bytes)} octets ; au-delà de 512, certains destinataires ne la reçoivent pas en UDP.`,
    'spf-ptr': (p) =>
      `« ${s(p.term)} »${p.where ? ` (dans ${s(p.where)})` : ''} utilise ptr, lent et peu fiable ; la RFC 7208 §5.5 le déconseille.`,
    'spf-mx-too-many': (p) =>
      `« ${s(p.term)} » a ${n('fr', p.hosts)} serveurs de messagerie ; plus de 10 est une permerror.`,
    'spf-too-many-lookups': (p) =>
      `L'enregistrement demande ${n('fr', p.lookups)} requêtes DNS ; les destinataires s'arrêtent à ${n('fr', p.max)} et le SPF échoue (permerror).`,
    'spf-lookups-near-limit': (p) =>
      `L'enregistrement demande ${n('fr', p.lookups)} requêtes DNS sur ${n('fr', p.max)} au maximum ; un include de plus et il casse.`,
    'spf-void-lookups': (p) =>
      `${n('fr', p.count)} terme(s) pointent vers des noms sans adresse ; plus de ${n('fr', p.max)} est une permerror. Supprimez-les.`,
    'spf-all-pass': () => "« +all » permet à n'importe quel serveur au monde d'envoyer au nom de votre domaine.",
    'spf-all-neutral': () => '« ?all » ne dit rien des autres serveurs ; utilisez « ~all » ou « -all ».',
    'spf-no-all': () =>
      "L'enregistrement ne se termine pas par « -all » ou « ~all » : les autres serveurs ne sont pas signalés.",
    'spf-esp-include-unneeded': (p) =>
      `include:${s(p.include)} n'est pas nécessaire pour ${s(p.esp)} (qui envoie avec son propre domaine d'enveloppe) ; le retirer économise ${n('fr', p.saved)} requête(s).`,
    'spf-partly-unchecked': (p) =>
      `Une partie de l'arbre SPF n'a pas pu être lue (${n('fr', p.names)} nom(s)) ; le total de ${n('fr', p.lookups)} requêtes est peut-être trop bas.`,
    'spf-ok': (p) =>
      `Un enregistrement SPF valide, qui utilise ${n('fr', p.lookups)} requêtes DNS sur ${n('fr', p.max)}.`,
    'dkim-keys-found': (p) =>
      `Clé(s) DKIM trouvée(s) au sélecteur ${list('fr', p.selectors)}${p.esp ? ` (${s(p.esp)})` : ''}.`,
    'dkim-unchecked': (p) =>
      `Impossible de vérifier le sélecteur DKIM ${list('fr', p.selectors)} : rien ne peut être dit du DKIM tant qu'il ne répond pas.`,
    'dkim-incomplete': (p) =>
      `Le DKIM de ${s(p.esp)} est incomplet : ${list('fr', p.missing)} manque (trouvé : ${list('fr', p.present)}).`,
    'dkim-esp-incomplete': (p) =>
      `${s(p.esp)} a aussi besoin de ${list('fr', p.missing)} ; publiez-le pour que ${s(p.esp)} puisse signer en votre nom.`,
    'dkim-keys-unusable': () => 'Les clés DKIM trouvées sont inutilisables.',
    'dkim-esp-none': (p) => `Aucune clé DKIM de ${s(p.esp)} trouvée (sélecteurs ${list('fr', p.selectors)}).`,
    'dkim-esp-missing': (p) => `${s(p.esp)} ne signe avec votre domaine que si ses enregistrements DKIM sont publiés.`,
    'dkim-common-none': () => 'Aucune clé DKIM aux sélecteurs courants. Ajoutez votre sélecteur dans les options.',
    'dkim-unexpected-target': (p) =>
      `${s(p.selector)}._domainkey pointe vers ${s(p.found) || 'une clé TXT'}, et non vers ${s(p.target)} comme l'attend ${s(p.esp)}.`,
    'dkim-revoked': (p) => `La clé du sélecteur ${s(p.selector)} est révoquée (p= vide).`,
    'dkim-invalid': (p) =>
      `La clé du sélecteur ${s(p.selector)} est inutilisable : ${p.reason ? r('fr', p.reason) : `une clé RSA de ${n('fr', p.bits)} bits est sous le minimum de 1024`}.`,
    'dkim-weak': (p) =>
      `La clé du sélecteur ${s(p.selector)} est une RSA de ${n('fr', p.bits)} bits ; 2048 est recommandé.`,
    'dkim-testing': (p) => `La clé du sélecteur ${s(p.selector)} est en mode test (t=y).`,
    'dmarc-unchecked': (p) => `Impossible de vérifier le DMARC (${s(p.name)}).`,
    'dmarc-missing': (p) =>
      `Aucun enregistrement DMARC à ${s(p.name)} : les destinataires ne peuvent pas vérifier que SPF et DKIM correspondent à votre domaine d'expédition.`,
    'dmarc-multiple': (p) =>
      `${s(p.name)} a ${n('fr', p.count)} enregistrements DMARC ; les destinataires les ignorent alors tous (RFC 7489 §6.6.3).`,
    'dmarc-syntax': (p) => r('fr', p.problem),
    'dmarc-tag-warning': (p) => r('fr', p.problem),
    'dmarc-p-none': () =>
      "p=none ne fait que surveiller : le courrier en échec est quand même délivré et l'usurpation n'est pas arrêtée.",
    'dmarc-no-rua': () =>
      "Pas d'adresse rua= : vous ne recevez aucun rapport sur qui envoie du courrier au nom de votre domaine.",
    'dmarc-pct': (p) => `pct=${s(p.pct)} : la politique ne s'applique qu'à une partie du courrier en échec.`,
    'dmarc-testing': () =>
      't=y : les destinataires appliquent un niveau de politique inférieur pendant vos tests (RFC 9989).',
    'dmarc-report-unauthorised': (p) =>
      `Les rapports vers ${s(p.dest)} ne seront pas envoyés : ${s(p.dest)} ne publie pas d'enregistrement d'autorisation pour votre domaine (RFC 7489 §7.1).`,
    'dmarc-report-unchecked': (p) => `Impossible de vérifier si ${s(p.dest)} accepte vos rapports.`,
    'dmarc-invalid': (p) =>
      `L'enregistrement DMARC n'est pas valide${p.inheritedFrom ? ` (hérité de ${s(p.inheritedFrom)})` : ''} : ${r('fr', p.problem) || 'aucune politique'}.`,
    'dmarc-policy': (p) =>
      `Politique DMARC : ${({ none: 'surveillance seule (p=none)', quarantine: 'échecs vers les indésirables (p=quarantine)', reject: 'échecs refusés (p=reject)' } as Record<string, string>)[s(p.policy)] ?? s(p.policy)}${p.inheritedFrom ? ` (héritée de ${s(p.inheritedFrom)})` : ''}.`,
    'from-free-mail': (p) =>
      `${s(p.domain)} est un domaine de messagerie gratuite : son propriétaire publie une politique DMARC stricte, donc le courrier envoyé « de » ce domaine par un ESP échoue au DMARC. Envoyez depuis votre propre domaine.`,
    'alignment-choose-esp': () => 'Choisissez votre ESP pour voir par quelle voie le DMARC peut réussir.',
    'alignment-dmarc-unknown': () => "Le DMARC n'a pas pu être vérifié : on ne sait donc pas si le DMARC peut réussir.",
    'alignment-dkim-pass': (p) =>
      `Le DKIM aligné fait réussir le DMARC via ${s(p.esp)}${p.needsDmarc ? ', dès que vous publiez un enregistrement DMARC' : ''}.`,
    'alignment-open': () => "Impossible d'établir si le DMARC peut réussir.",
    'alignment-none': (p) =>
      `Aucune voie vers un DMARC réussi : ${s(p.esp)} a besoin de vos enregistrements DKIM pour signer au nom de votre domaine.`,
    'path-dkim': (p) => `${s(p.esp)} signe avec votre domaine grâce à ses enregistrements DKIM.`,
    'path-spf-never': (p) =>
      `${s(p.esp)} utilise son propre domaine d'enveloppe (${s(p.envelope)}) ; le SPF ne peut jamais s'aligner sur votre expéditeur.`,
    'path-spf-mailserver-domain': () =>
      "Le SPF ne s'aligne qu'avec un Mailserver Domain (un CNAME em-…) configuré dans ActiveCampaign ; son nom n'est pas connu ici.",
    'path-spf-branded': (p) => `${s(p.esp)} aligne le SPF via votre sous-domaine d'envoi personnalisé.`,
    'mx-unchecked': () => 'Impossible de vérifier le MX.',
    'mx-hosts-unchecked': (p) =>
      `Impossible de vérifier si le serveur de messagerie ${list('fr', p.hosts)} a une adresse.`,
    'mx-domain-missing': (p) => `${s(p.domain)} n'existe pas dans le DNS.`,
    'mx-null': (p) =>
      `${s(p.domain)} déclare n'accepter aucun courrier (MX nul, RFC 7505) ; les destinataires peuvent refuser son courrier et les réponses sont perdues.`,
    'mx-implicit': (p) =>
      `${s(p.domain)} n'a pas d'enregistrement MX ; les réponses vont à l'adresse du serveur web, qui accepte rarement du courrier.`,
    'mx-none': (p) =>
      `${s(p.domain)} n'a ni enregistrement MX ni adresse : réponses et rebonds ne vous parviennent pas.`,
    'mx-hosts-dead': (p) => `Aucun serveur de messagerie de ${s(p.domain)} n'a d'adresse.`,
    'mx-host-dead': (p) => `Le serveur de messagerie ${list('fr', p.hosts)} n'a pas d'adresse.`,
    'mx-ok': (p) =>
      `Le courrier pour ${s(p.domain)} va à ${s(p.host)}${Number(p.more) > 0 ? ` et ${n('fr', p.more)} autre(s)` : ''}.`,
    'bimi-unchecked': () => 'Impossible de vérifier le BIMI.',
    'bimi-none': () => "Pas d'enregistrement BIMI (facultatif : affiche votre logo dans certaines boîtes).",
    'bimi-needs-enforcement': () =>
      'Un enregistrement BIMI est publié, mais le BIMI exige un DMARC en quarantine ou reject.',
    'bimi-ok': () => 'Enregistrement BIMI publié, avec un DMARC appliqué.',
    'mta-sts-unchecked': () => 'Impossible de vérifier le MTA-STS.',
    'mta-sts-none': () => "Pas d'enregistrement MTA-STS (facultatif : protège le courrier qui vous est envoyé).",
    'mta-sts-syntax': () =>
      "L'enregistrement MTA-STS n'a pas d'id= valide (RFC 8461 §3.1 : 1 à 32 lettres et chiffres).",
    'mta-sts-ok': () => 'Enregistrement MTA-STS publié.',
    'tls-rpt-unchecked': () => 'Impossible de vérifier le TLS-RPT.',
    'tls-rpt-none': () => "Pas d'enregistrement TLS-RPT (facultatif : signale les problèmes TLS).",
    'tls-rpt-syntax': () => "L'enregistrement TLS-RPT n'a pas d'adresse rua= (RFC 8460 §3).",
    'tls-rpt-ok': () => 'Enregistrement TLS-RPT publié.',
    'dnssec-unchecked': () => 'Impossible de savoir si le domaine est signé avec DNSSEC.',
    'dnssec-ok': () => 'Signé avec DNSSEC, et le résolveur a validé les réponses.',
    'dnssec-unsigned': () => "Non validé par DNSSEC (facultatif ; le résolveur n'a pas mis le drapeau AD).",
    'blocklists-not-checkable': () =>
      'Listes de blocage : impossible à vérifier via ce résolveur (Spamhaus refuse les requêtes des résolveurs DNS publics).',
  },
  fixNote: {
    'dmarc-start': () =>
      'Commencez par surveiller ; lisez les rapports, puis passez à p=quarantine. Utilisez une boîte que vous lisez.',
    'dkim-esp': (p) => `La clé DKIM de ${s(p.esp)}, tenue à jour par ${s(p.esp)}.`,
    'spf-new': () =>
      "Autorise vos propres serveurs de messagerie ; ajoutez l'include de chaque service qui envoie en votre nom.",
    'spf-rebuilt': (p) =>
      `Un seul enregistrement avec tous les expéditeurs, terminé par ~all${list('fr', p.dropped) ? ` ; retiré : ${list('fr', p.dropped)}` : ''}.`,
    'spf-consolidate': (p) =>
      `Toujours ${n('fr', p.lookups)} requêtes : demandez aux fournisseurs de ${list('fr', p.includes)} un include aplati, ou regroupez-les en moins d'includes.`,
  },
};
