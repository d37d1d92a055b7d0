// The "why?" page: a short explanation per finding and per DNS row, in every language, with its
// source (the knowledge.md section or RFC the rule cites; only the prose is translated).
import type { Lang } from './langs';

export interface WhyEntry {
  id: string;
  title: string;
  body: string;
  source: string;
}

const EN: WhyEntry[] = [
  {
    id: 'spf',
    title: 'SPF',
    body: 'One TXT record starting with v=spf1 lists the servers that may send for your domain. There must be exactly one, it may cause at most 10 DNS lookups (each include, a, mx, ptr, exists and redirect counts), and it should end in -all or ~all. Through most ESPs SPF does not align with your From domain; DKIM does the work.',
    source: 'RFC 7208; knowledge.md §4–5',
  },
  {
    id: 'dkim',
    title: 'DKIM',
    body: 'Your ESP signs every mail with a key published under your domain, usually as CNAME records that point to the ESP (Mailchimp: k2 and k3). Without them the ESP signs with its own domain, and DMARC fails for yours. A selector we cannot find is "unknown", not "missing": we can only guess selectors unless we know your ESP.',
    source: 'RFC 6376; knowledge.md §4',
  },
  {
    id: 'dmarc',
    title: 'DMARC',
    body: 'A TXT record at _dmarc.yourdomain tells receivers what to do with mail that fails SPF and DKIM alignment (p=none, quarantine or reject) and where to send reports (rua). Start at p=none with reports, then tighten.',
    source: 'RFC 7489, RFC 9989; knowledge.md §5',
  },
  {
    id: 'alignment',
    title: 'DMARC pass via',
    body: 'DMARC passes when SPF or DKIM passes for your From domain. Mailchimp and Campaign Monitor can only give that through aligned DKIM; ActiveCampaign also through SPF with a mail-server domain.',
    source: 'knowledge.md §4',
  },
  {
    id: 'mx',
    title: 'MX',
    body: 'Replies and bounces must be able to reach your domain. A null MX (0 .) says the domain takes no mail at all, and receivers may reject mail from it.',
    source: 'RFC 5321 §5.1, RFC 7505',
  },
  {
    id: 'bimi',
    title: 'BIMI',
    body: 'Shows your logo in some inboxes; only with DMARC at quarantine or reject.',
    source: 'knowledge.md §5',
  },
  {
    id: 'mta-sts',
    title: 'MTA-STS',
    body: 'Asks senders to deliver mail to you only over TLS. Optional.',
    source: 'RFC 8461',
  },
  {
    id: 'tls-rpt',
    title: 'TLS-RPT',
    body: 'Where to send reports about TLS problems delivering mail to you. Optional.',
    source: 'RFC 8460',
  },
  {
    id: 'dnssec',
    title: 'DNSSEC',
    body: 'Signs your DNS records so they cannot be forged; read from the resolver\u2019s AD flag. Optional, and rare for small domains.',
    source: 'RFC 4035',
  },
  {
    id: 'blocklists',
    title: 'Block lists',
    body: 'Spamhaus refuses queries that come through public resolvers (it answers 127.255.255.x or nothing), so a check through one would be a guess. We say "not checkable" instead of "clean".',
    source: 'knowledge.md §9',
  },
  {
    id: 'bounce-rate',
    title: 'Bounce rate',
    body: 'A bounce is mail that could not be delivered. A few are normal (about 1% across the industry). The article\u2019s scale, read as the report shows it: below 2% normal; 2–3% at the alarm line (remove the hard bounces, watch the next send); above 3% alarm; from 10% bad; from 20% a disaster — and its own 19.6%, "nearly 20%", is a disaster too. Mailbox providers see a sender who mails addresses that do not exist, and they judge you for it. Mailing a list "to clean it" is exactly wrong.',
    source: 'The article; Mailchimp benchmarks (knowledge.md §1–2)',
  },
  {
    id: 'bounce-categories',
    title: 'Kinds of bounces',
    body: 'Hard bounces (5.1.x: the address or domain does not exist) must go from your CRM at once. Blocks (5.7.x) mean the receiver refused you — for failing authentication or for your reputation. Soft bounces (mailbox full) and deferrals (try later) are temporary unless they repeat.',
    source: 'RFC 3463; knowledge.md §6',
  },
  {
    id: 'complaint-rate',
    title: 'Spam complaints',
    body: 'Gmail wants bulk senders below 0.10% and nobody at 0.30% or more; Yahoo\u2019s line is 0.3%. Gmail does not tell your ESP who complained, so the figure your ESP shows misses every Gmail complaint: Google Postmaster Tools shows the real Gmail spam rate (from a few hundred mails a day). Suppress everyone who complained.',
    source: 'Gmail and Yahoo sender guidelines (knowledge.md §3)',
  },
  {
    id: 'open-rate',
    title: 'Open rate',
    body: 'The all-industry benchmark is about 22.7%. Apple Mail Privacy Protection opens mail automatically and inflates opens by 15–25 points. Gmail itself says low open rates are not an accurate indicator of deliverability: low opens point at the spam folder only when clicks, bounces or complaints agree.',
    source: 'Mailchimp benchmarks; Gmail sender FAQ (knowledge.md §2–3)',
  },
  {
    id: 'click-rate',
    title: 'Clicks',
    body: 'Clicks cannot be inflated by Apple Mail the way opens are, so they are the better engagement signal. High opens with almost no clicks points at inflated opens or link scanners.',
    source: 'knowledge.md §2',
  },
  {
    id: 'unsubscribe-rate',
    title: 'Unsubscribes',
    body: 'Above 1% the list did not expect your mail.',
    source: "Klaviyo's deliverability guidance (knowledge.md §2)",
  },
  {
    id: 'volume-spike',
    title: 'Everything at once',
    body: 'A send much bigger than usual, or the first after a long pause, combined with a mixed list, is one strong negative signal. Providers react hard. Grow volume step by step and start with people who engaged recently.',
    source: 'The article; knowledge.md §1 and §8',
  },
  {
    id: 'reputation-trend',
    title: 'Getting worse each time',
    body: '"The first mailing went fine, then it got worse": providers learn from every send. Falling opens or rising bounces over several campaigns mean your reputation is slipping.',
    source: 'The article (knowledge.md §1)',
  },
  {
    id: 'auth-broken',
    title: 'SPF, DKIM and DMARC',
    body: 'SPF says which servers may send for your domain, DKIM that the mail was not changed on the way, DMARC that the two really belong to your From address. If they are missing or wrong, providers distrust you however good the mail is. Whatever ESP you use, publish the records it asks for.',
    source: 'RFC 7208, RFC 6376, RFC 7489; knowledge.md §4–5',
  },
  {
    id: 'free-mail-from',
    title: 'Free-mail From address',
    body: 'gmail.com, outlook.com and the like publish a strict DMARC policy: mail "from" them sent by an ESP fails. Send from your own domain.',
    source: 'knowledge.md §3',
  },
  {
    id: 'bulk-sender-rules',
    title: 'Bulk-sender rules',
    body: 'From about 5,000 mails a day to Gmail users (Yahoo names no number) you are a bulk sender: SPF and DKIM, a DMARC record and an aligned From are required. Microsoft, above 5,000 a day, wants SPF to pass and DKIM to pass. Apple requires SPF and DKIM of every sender. One-click unsubscribe (RFC 8058) is required too, but it is in the mail\u2019s headers, not in DNS; the spam rate is in Google Postmaster Tools.',
    source: 'Gmail, Yahoo, Microsoft and Apple sender rules (knowledge.md §3)',
  },
  {
    id: 'dkim-key-quality',
    title: 'DKIM keys',
    body: 'RSA keys below 1024 bits are invalid and 2048 bits is the norm. A key with t=y is in testing mode.',
    source: 'RFC 8301; knowledge.md §5',
  },
  {
    id: 'dmarc-none-at-volume',
    title: 'DMARC at p=none',
    body: 'p=none only monitors: failing mail is still delivered and your domain can be spoofed. Read the reports, then move to quarantine.',
    source: 'RFC 7489; knowledge.md §5',
  },
  {
    id: 'dns-in-order',
    title: 'DNS in order',
    body: 'SPF, DKIM and DMARC are published and valid for your ESP. That rules out the technique, nothing more: in the article the DNS, DMARC included, was fine, and the mail still landed in spam. "DNS is fine, so it must be the tool" is the false conclusion; look next at where the list comes from, the bounces and the sending pattern.',
    source: 'The article (knowledge.md §1)',
  },
  {
    id: 'dns-unchecked',
    title: "Couldn't check",
    body: 'The DNS resolver did not answer. That is not the same as a missing record: check again, or choose another resolver in the options.',
    source: 'knowledge.md §5',
  },
];

const NL: WhyEntry[] = [
  {
    id: 'spf',
    title: 'SPF',
    body: 'Eén TXT-record dat begint met v=spf1 somt de servers op die voor uw domein mogen versturen. Er mag er maar één zijn, het mag hooguit 10 DNS-lookups veroorzaken (elke include, a, mx, ptr, exists en redirect telt) en het eindigt best op -all of ~all. Via de meeste mailingtools lijnt SPF niet uit met uw afzenderdomein; DKIM doet het werk.',
    source: 'RFC 7208; knowledge.md §4–5',
  },
  {
    id: 'dkim',
    title: 'DKIM',
    body: 'Uw mailingtool ondertekent elke mail met een sleutel onder uw domein, meestal via CNAME-records die naar de mailingtool wijzen (Mailchimp: k2 en k3). Zonder die records ondertekent de tool met zijn eigen domein en faalt DMARC voor het uwe. Een selector die we niet vinden is "onbekend", niet "ontbrekend": zonder uw mailingtool te kennen kunnen we selectors alleen raden.',
    source: 'RFC 6376; knowledge.md §4',
  },
  {
    id: 'dmarc',
    title: 'DMARC',
    body: 'Een TXT-record op _dmarc.uwdomein zegt ontvangers wat te doen met mail die faalt voor SPF- en DKIM-uitlijning (p=none, quarantine of reject) en waar rapporten naartoe gaan (rua). Begin met p=none en rapporten, en verstrak daarna.',
    source: 'RFC 7489, RFC 9989; knowledge.md §5',
  },
  {
    id: 'alignment',
    title: 'DMARC-pass via',
    body: 'DMARC slaagt als SPF of DKIM slaagt voor uw afzenderdomein. Mailchimp en Campaign Monitor kunnen dat alleen via uitgelijnde DKIM; ActiveCampaign ook via SPF met een mailserverdomein.',
    source: 'knowledge.md §4',
  },
  {
    id: 'mx',
    title: 'MX',
    body: 'Antwoorden en bounces moeten uw domein kunnen bereiken. Een null MX (0 .) zegt dat het domein helemaal geen mail aanneemt, en ontvangers kunnen mail ervan weigeren.',
    source: 'RFC 5321 §5.1, RFC 7505',
  },
  {
    id: 'bimi',
    title: 'BIMI',
    body: 'Toont uw logo in sommige inboxen; alleen met DMARC op quarantine of reject.',
    source: 'knowledge.md §5',
  },
  {
    id: 'mta-sts',
    title: 'MTA-STS',
    body: 'Vraagt afzenders om mail aan u alleen via TLS af te leveren. Optioneel.',
    source: 'RFC 8461',
  },
  {
    id: 'tls-rpt',
    title: 'TLS-RPT',
    body: 'Waar rapporten over TLS-problemen bij mail aan u naartoe gaan. Optioneel.',
    source: 'RFC 8460',
  },
  {
    id: 'dnssec',
    title: 'DNSSEC',
    body: 'Ondertekent uw DNS-records zodat ze niet vervalst kunnen worden; afgelezen uit de AD-vlag van de resolver. Optioneel, en zeldzaam bij kleine domeinen.',
    source: 'RFC 4035',
  },
  {
    id: 'blocklists',
    title: 'Blocklists',
    body: 'Spamhaus weigert vragen die via publieke resolvers komen (het antwoordt 127.255.255.x of niets), dus een controle via zo\u2019n resolver zou gokken zijn. We zeggen "niet te controleren" in plaats van "schoon".',
    source: 'knowledge.md §9',
  },
  {
    id: 'bounce-rate',
    title: 'Bounce rate',
    body: 'Een bounce is een mail die niet afgeleverd kon worden. Een paar is normaal (ongeveer 1% over alle sectoren). De schaal van het artikel, gelezen zoals het rapport ze toont: onder 2% normaal; 2 à 3% op de alarmgrens (verwijder de harde bounces, volg de volgende verzending op); boven 3% alarm; vanaf 10% slecht; vanaf 20% een ramp — en de 19,6% uit het artikel, "bijna 20 procent", is ook een ramp. Mailboxproviders zien een afzender die adressen mailt die niet bestaan, en beoordelen u daarop. Een lijst mailen "om ze op te schonen" is precies verkeerd.',
    source: 'Het artikel; benchmarks van Mailchimp (knowledge.md §1–2)',
  },
  {
    id: 'bounce-categories',
    title: 'Soorten bounces',
    body: 'Harde bounces (5.1.x: het adres of domein bestaat niet) moeten meteen uit uw CRM. Blokkeringen (5.7.x) betekenen dat de ontvanger u weigerde — wegens mislukte authenticatie of uw reputatie. Zachte bounces (mailbox vol) en uitstel (later opnieuw) zijn tijdelijk, tenzij ze terugkomen.',
    source: 'RFC 3463; knowledge.md §6',
  },
  {
    id: 'complaint-rate',
    title: 'Spamklachten',
    body: 'Gmail wil bulkverzenders onder 0,10% en niemand op 0,30% of meer; bij Yahoo ligt de grens op 0,3%. Gmail vertelt uw mailingtool niet wie klaagde, dus het cijfer in uw mailingtool mist elke klacht van Gmail: Google Postmaster Tools toont het echte spampercentage bij Gmail (vanaf enkele honderden mails per dag). Sluit iedereen uit die klaagde.',
    source: 'Richtlijnen van Gmail en Yahoo (knowledge.md §3)',
  },
  {
    id: 'open-rate',
    title: 'Open rate',
    body: 'De benchmark over alle sectoren is ongeveer 22,7%. Apple Mail Privacy Protection opent mail automatisch en blaast opens 15 à 25 punten op. Gmail zegt zelf dat een lage open rate weinig zegt over de aflevering: lage opens wijzen pas naar de spammap als kliks, bounces of klachten hetzelfde zeggen.',
    source: 'Benchmarks van Mailchimp; FAQ van Gmail (knowledge.md §2–3)',
  },
  {
    id: 'click-rate',
    title: 'Kliks',
    body: 'Kliks worden niet opgeblazen door Apple Mail zoals opens, dus ze zijn het betere signaal. Veel opens en bijna geen kliks wijst op opgeblazen opens of linkscanners.',
    source: 'knowledge.md §2',
  },
  {
    id: 'unsubscribe-rate',
    title: 'Uitschrijvingen',
    body: 'Boven 1% verwachtte de lijst uw mail niet.',
    source: 'Richtlijnen van Klaviyo (knowledge.md §2)',
  },
  {
    id: 'volume-spike',
    title: 'Alles in één keer',
    body: 'Een verzending die veel groter is dan gewoonlijk, of de eerste na een lange pauze, met een gemengde lijst, is één sterk negatief signaal. Providers reageren hard. Verhoog het volume stap voor stap en begin bij wie recent reageerde.',
    source: 'Het artikel; knowledge.md §1 en §8',
  },
  {
    id: 'reputation-trend',
    title: 'Elke keer slechter',
    body: '"De eerste mailing ging goed, daarna werd het slechter": providers leren van elke verzending. Dalende opens of stijgende bounces over meerdere mailings betekenen dat uw reputatie wegzakt.',
    source: 'Het artikel (knowledge.md §1)',
  },
  {
    id: 'auth-broken',
    title: 'SPF, DKIM en DMARC',
    body: 'SPF zegt welke servers voor uw domein mogen versturen, DKIM dat de mail onderweg niet werd aangepast, DMARC dat die twee echt bij uw afzenderadres horen. Ontbreken ze of staan ze fout, dan wantrouwen providers u, hoe goed uw mail ook is. Welke mailingtool u ook gebruikt: publiceer de records die hij vraagt.',
    source: 'RFC 7208, RFC 6376, RFC 7489; knowledge.md §4–5',
  },
  {
    id: 'free-mail-from',
    title: 'Gratis maildomein als afzender',
    body: 'gmail.com, outlook.com en dergelijke publiceren een strikt DMARC-beleid: mail "van" die adressen via een mailingtool faalt. Verstuur vanaf uw eigen domein.',
    source: 'knowledge.md §3',
  },
  {
    id: 'bulk-sender-rules',
    title: 'Regels voor bulkverzenders',
    body: 'Vanaf ongeveer 5.000 mails per dag naar Gmail-gebruikers (Yahoo noemt geen getal) bent u een bulkverzender: SPF en DKIM, een DMARC-record en een uitgelijnd afzenderdomein zijn verplicht. Microsoft wil boven 5.000 per dag dat SPF slaagt en DKIM slaagt. Apple eist SPF en DKIM van elke afzender. Uitschrijven met één klik (RFC 8058) is ook verplicht, maar dat staat in de headers van de mail, niet in DNS; het spampercentage staat in Google Postmaster Tools.',
    source: 'Regels van Gmail, Yahoo, Microsoft en Apple (knowledge.md §3)',
  },
  {
    id: 'dkim-key-quality',
    title: 'DKIM-sleutels',
    body: 'RSA-sleutels onder 1024 bit zijn ongeldig en 2048 bit is de norm. Een sleutel met t=y staat in testmodus.',
    source: 'RFC 8301; knowledge.md §5',
  },
  {
    id: 'dmarc-none-at-volume',
    title: 'DMARC op p=none',
    body: 'p=none kijkt alleen toe: mail die faalt wordt toch afgeleverd en uw domein kan misbruikt worden. Lees de rapporten en ga dan naar quarantine.',
    source: 'RFC 7489; knowledge.md §5',
  },
  {
    id: 'dns-in-order',
    title: 'DNS in orde',
    body: 'SPF, DKIM en DMARC zijn gepubliceerd en geldig voor uw mailingtool. Dat sluit de techniek uit, meer niet: in het artikel was de DNS (DMARC inbegrepen) in orde, en toch belandde de mail in de spam. "De DNS is in orde, dus het ligt aan de tool" is de verkeerde conclusie; kijk daarna naar de herkomst van de lijst, de bounces en het verzendpatroon.',
    source: 'Het artikel (knowledge.md §1)',
  },
  {
    id: 'dns-unchecked',
    title: 'Kon niet controleren',
    body: 'De DNS-resolver antwoordde niet. Dat is niet hetzelfde als een ontbrekend record: controleer opnieuw, of kies een andere resolver in de opties.',
    source: 'knowledge.md §5',
  },
];

const FR: WhyEntry[] = [
  {
    id: 'spf',
    title: 'SPF',
    body: "Un seul enregistrement TXT commençant par v=spf1 liste les serveurs autorisés à envoyer pour votre domaine. Il doit y en avoir exactement un, il peut entraîner au plus 10 requêtes DNS (chaque include, a, mx, ptr, exists et redirect compte) et il doit se terminer par -all ou ~all. Avec la plupart des outils d'envoi, SPF n'est pas aligné sur le domaine de votre adresse d'expéditeur ; c'est DKIM qui fait le travail.",
    source: 'RFC 7208 ; knowledge.md §4–5',
  },
  {
    id: 'dkim',
    title: 'DKIM',
    body: "Votre outil d'envoi signe chaque message avec une clé publiée sous votre domaine, le plus souvent via des enregistrements CNAME qui pointent vers l'outil (Mailchimp : k2 et k3). Sans eux, l'outil signe avec son propre domaine et DMARC échoue pour le vôtre. Un sélecteur que nous ne trouvons pas est « inconnu », pas « absent » : sans connaître votre outil d'envoi, nous ne pouvons que deviner les sélecteurs.",
    source: 'RFC 6376 ; knowledge.md §4',
  },
  {
    id: 'dmarc',
    title: 'DMARC',
    body: "Un enregistrement TXT sur _dmarc.votredomaine indique aux serveurs de réception que faire du courrier qui échoue à l'alignement SPF et DKIM (p=none, quarantine ou reject) et où envoyer les rapports (rua). Commencez par p=none avec des rapports, puis durcissez la politique.",
    source: 'RFC 7489, RFC 9989 ; knowledge.md §5',
  },
  {
    id: 'alignment',
    title: 'DMARC réussi via',
    body: "DMARC réussit quand SPF ou DKIM réussit pour le domaine de votre adresse d'expéditeur. Avec Mailchimp et Campaign Monitor, seul un DKIM aligné le permet ; avec ActiveCampaign, SPF aussi, grâce à un domaine de serveur d'envoi.",
    source: 'knowledge.md §4',
  },
  {
    id: 'mx',
    title: 'MX',
    body: "Les réponses et les bounces doivent pouvoir atteindre votre domaine. Un MX nul (0 .) indique que le domaine n'accepte aucun courrier, et les serveurs de réception peuvent refuser le courrier qui en provient.",
    source: 'RFC 5321 §5.1, RFC 7505',
  },
  {
    id: 'bimi',
    title: 'BIMI',
    body: 'Affiche votre logo dans certaines boîtes de réception ; uniquement avec DMARC en quarantine ou reject.',
    source: 'knowledge.md §5',
  },
  {
    id: 'mta-sts',
    title: 'MTA-STS',
    body: 'Demande aux expéditeurs de ne vous livrer le courrier que via TLS. Facultatif.',
    source: 'RFC 8461',
  },
  {
    id: 'tls-rpt',
    title: 'TLS-RPT',
    body: 'Où envoyer les rapports sur les problèmes TLS rencontrés en vous livrant du courrier. Facultatif.',
    source: 'RFC 8460',
  },
  {
    id: 'dnssec',
    title: 'DNSSEC',
    body: "Signe vos enregistrements DNS pour qu'ils ne puissent pas être falsifiés ; lu dans l'indicateur AD du résolveur. Facultatif, et rare pour les petits domaines.",
    source: 'RFC 4035',
  },
  {
    id: 'blocklists',
    title: 'Listes de blocage',
    body: "Spamhaus refuse les requêtes qui passent par des résolveurs publics (il répond 127.255.255.x ou rien) : une vérification par l'un d'eux ne serait qu'une supposition. Nous disons « impossible à vérifier » plutôt que « propre ».",
    source: 'knowledge.md §9',
  },
  {
    id: 'bounce-rate',
    title: 'Taux de bounces',
    body: "Un bounce est un message qui n'a pas pu être livré. Quelques-uns, c'est normal (environ 1 % tous secteurs confondus). L'échelle de l'article, lue comme le rapport l'affiche : sous 2 % normal ; de 2 à 3 % au seuil d'alarme (retirez les hard bounces, surveillez l'envoi suivant) ; au-delà de 3 % alarme ; dès 10 % mauvais ; dès 20 % une catastrophe — et les 19,6 % de l'article lui-même, « près de 20 % », sont aussi une catastrophe. Les fournisseurs de messagerie voient un expéditeur qui écrit à des adresses qui n'existent pas, et ils vous jugent là-dessus. Envoyer à une liste « pour la nettoyer » est exactement ce qu'il ne faut pas faire.",
    source: "L'article ; chiffres de référence de Mailchimp (knowledge.md §1–2)",
  },
  {
    id: 'bounce-categories',
    title: 'Types de bounces',
    body: "Les hard bounces (5.1.x : l'adresse ou le domaine n'existe pas) doivent sortir de votre CRM immédiatement. Les refus (5.7.x) signifient que le serveur de réception vous a refusé — pour une authentification en échec ou pour votre réputation. Les soft bounces (boîte pleine) et les reports (nouvel essai plus tard) sont temporaires, sauf s'ils se répètent.",
    source: 'RFC 3463 ; knowledge.md §6',
  },
  {
    id: 'complaint-rate',
    title: 'Plaintes pour spam',
    body: "Gmail demande aux expéditeurs en masse de rester sous 0,10 %, et à personne d'atteindre 0,30 % ou plus ; chez Yahoo, la limite est de 0,3 %. Gmail ne dit pas à votre outil d'envoi qui s'est plaint : le chiffre qu'affiche votre outil ne compte donc aucune plainte Gmail. Google Postmaster Tools montre le vrai taux de spam chez Gmail (à partir de quelques centaines de messages par jour). Mettez en liste de suppression toutes les personnes qui se sont plaintes.",
    source: 'Consignes de Gmail et de Yahoo pour les expéditeurs (knowledge.md §3)',
  },
  {
    id: 'open-rate',
    title: "Taux d'ouverture",
    body: "La référence tous secteurs confondus est d'environ 22,7 %. Apple Mail Privacy Protection ouvre les messages automatiquement et gonfle les ouvertures de 15 à 25 points. Gmail dit lui-même qu'un faible taux d'ouverture n'est pas un indicateur fiable de délivrabilité : des ouvertures basses ne désignent le dossier spam que si les clics, les bounces ou les plaintes vont dans le même sens.",
    source: 'Chiffres de référence de Mailchimp ; FAQ de Gmail pour les expéditeurs (knowledge.md §2–3)',
  },
  {
    id: 'click-rate',
    title: 'Clics',
    body: "Apple Mail ne peut pas gonfler les clics comme il gonfle les ouvertures : ils sont donc le meilleur signal d'engagement. Beaucoup d'ouvertures pour presque aucun clic : cela trahit des ouvertures gonflées ou des scanners de liens.",
    source: 'knowledge.md §2',
  },
  {
    id: 'unsubscribe-rate',
    title: 'Désinscriptions',
    body: "Au-delà de 1 %, la liste ne s'attendait pas à vos messages.",
    source: 'Conseils de délivrabilité de Klaviyo (knowledge.md §2)',
  },
  {
    id: 'volume-spike',
    title: "Tout d'un coup",
    body: "Un envoi bien plus gros que d'habitude, ou le premier après une longue pause, combiné à une liste mélangée, forme un seul signal négatif fort. Les fournisseurs réagissent durement. Augmentez le volume pas à pas et commencez par les personnes qui ont réagi récemment.",
    source: "L'article ; knowledge.md §1 et §8",
  },
  {
    id: 'reputation-trend',
    title: 'De pire en pire',
    body: "« Le premier envoi s'est bien passé, puis c'est devenu pire » : les fournisseurs apprennent de chaque envoi. Des ouvertures en baisse ou des bounces en hausse sur plusieurs campagnes signifient que votre réputation se dégrade.",
    source: "L'article (knowledge.md §1)",
  },
  {
    id: 'auth-broken',
    title: 'SPF, DKIM et DMARC',
    body: "SPF dit quels serveurs peuvent envoyer pour votre domaine, DKIM que le message n'a pas été modifié en chemin, DMARC que les deux appartiennent vraiment à votre adresse d'expéditeur. S'ils manquent ou sont erronés, les fournisseurs se méfient de vous, si bon que soit votre message. Quel que soit votre outil d'envoi, publiez les enregistrements qu'il demande.",
    source: 'RFC 7208, RFC 6376, RFC 7489 ; knowledge.md §4–5',
  },
  {
    id: 'free-mail-from',
    title: "Adresse d'expéditeur gratuite",
    body: "gmail.com, outlook.com et consorts publient une politique DMARC stricte : un message « de » ces domaines envoyé par un outil d'envoi échoue. Envoyez depuis votre propre domaine.",
    source: 'knowledge.md §3',
  },
  {
    id: 'bulk-sender-rules',
    title: 'Règles pour les expéditeurs en masse',
    body: "À partir d'environ 5\u00a0000 messages par jour vers des utilisateurs de Gmail (Yahoo ne donne pas de chiffre), vous êtes un expéditeur en masse : SPF et DKIM, un enregistrement DMARC et un domaine d'expéditeur aligné sont obligatoires. Microsoft, au-delà de 5\u00a0000 par jour, exige que SPF réussisse et que DKIM réussisse. Apple exige SPF et DKIM de tout expéditeur. La désinscription en un clic (RFC 8058) est aussi obligatoire, mais elle se trouve dans les en-têtes du message, pas dans le DNS ; le taux de spam se lit dans Google Postmaster Tools.",
    source: 'Règles de Gmail, Yahoo, Microsoft et Apple pour les expéditeurs (knowledge.md §3)',
  },
  {
    id: 'dkim-key-quality',
    title: 'Clés DKIM',
    body: 'Les clés RSA de moins de 1024 bits sont invalides et la norme est de 2048 bits. Une clé avec t=y est en mode test.',
    source: 'RFC 8301 ; knowledge.md §5',
  },
  {
    id: 'dmarc-none-at-volume',
    title: 'DMARC en p=none',
    body: 'p=none ne fait que surveiller : le courrier en échec est quand même livré et votre domaine peut être usurpé. Lisez les rapports, puis passez à quarantine.',
    source: 'RFC 7489 ; knowledge.md §5',
  },
  {
    id: 'dns-in-order',
    title: 'DNS en ordre',
    body: "SPF, DKIM et DMARC sont publiés et valides pour votre outil d'envoi. Cela écarte la technique, rien de plus : dans l'article, le DNS (DMARC compris) était en ordre, et les messages arrivaient quand même dans les spams. « Le DNS est en ordre, donc c'est l'outil » est la fausse conclusion ; regardez ensuite l'origine de la liste, les bounces et le rythme d'envoi.",
    source: "L'article (knowledge.md §1)",
  },
  {
    id: 'dns-unchecked',
    title: 'Vérification impossible',
    body: "Le résolveur DNS n'a pas répondu. Ce n'est pas la même chose qu'un enregistrement absent : vérifiez à nouveau, ou choisissez un autre résolveur dans les options.",
    source: 'knowledge.md §5',
  },
];

/** Every language's explanations: a language missing here is a type error. Not exported: the ids are
 * data, not text, so the catalogue walker (tests/lib/i18n/catalogues.test.ts) must not read them;
 * tests/lib/i18n/why.test.ts checks these texts instead. */
const whyTexts: Record<Lang, WhyEntry[]> = { en: EN, nl: NL, fr: FR };

/** The explanations in a language. */
export function whyEntries(lang: Lang): WhyEntry[] {
  return whyTexts[lang];
}
