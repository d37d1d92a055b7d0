// French texts of lib/i18n/store.ts, which holds their type, shared helpers and accessor.
import type { StoreTexts } from '../store';

export const store: StoreTexts = {
  privacy: {
    heading: 'Ce qui quitte votre ordinateur',
    leaves: (resolvers) =>
      `Des questions DNS sur votre domaine d'expéditeur et, pendant un export ou un contrôle de liste, sur les domaines des destinataires, envoyées en HTTPS aux résolveurs DNS-over-HTTPS que vous avez choisis : ${resolvers}.`,
    nothingElse:
      "Rien d'autre : ni chiffres, ni adresses, ni noms de campagnes, ni statistiques d'usage, et aucun serveur à nous.",
    read: "L'extension lit le rapport de campagne que votre outil d'e-mailing vous montre (chiffres, liste des rebonds et leurs raisons), dans votre navigateur, avec votre propre connexion.",
    stored:
      "Elle conserve, dans le navigateur uniquement : vos réglages, le domaine d'expéditeur par compte, la disposition du panneau et les chiffres des campagnes passées (ni noms, ni objets, ni adresses).",
    policy: 'Politique de confidentialité',
  },
  resolversHelp:
    "Interrogés dans cet ordre ; si l'un échoue, le suivant est essayé. Ils reçoivent les noms DNS de votre domaine d'expéditeur et, pendant un export ou un contrôle de liste, les domaines des destinataires.",
  permission: {
    missing: (hosts) =>
      `Deliverability Lens n'est pas autorisée à lire les rapports sur ${hosts} : aucun panneau n'y apparaît.`,
    grant: 'Autoriser la lecture des rapports',
    granted: 'Autorisé : le panneau apparaîtra sur votre prochain rapport.',
    refused: "Non autorisé. Vous pouvez l'autoriser ici à tout moment.",
  },
  welcome: {
    title: 'Bienvenue dans Deliverability Lens',
    intro:
      'Ouvrez un rapport de campagne dans Mailchimp, ActiveCampaign ou Campaign Monitor : un panneau explique simplement pourquoi vos e-mails arrivent en spam, avec les preuves et les étapes suivantes.',
    how: [
      "Elle vérifie le DNS de votre domaine d'expéditeur (SPF, DKIM, DMARC) par DNS-over-HTTPS et lit les chiffres du rapport.",
      "Le bouton de la barre d'outils vérifie n'importe quel domaine ; le panneau exporte les adresses en rebond à nettoyer dans votre CRM.",
    ],
    needsHeading: 'Ce dont elle a besoin',
    needs:
      "L'autorisation de lire les pages de admin.mailchimp.com, activehosted.com et createsend.com, et de conserver ses réglages dans votre navigateur. Rien de plus.",
    allGranted: 'Tout ce dont elle a besoin est autorisé.',
    shortcut: (keys) => `Clavier : ${keys} affiche le panneau et y place le focus.`,
    options: 'Options',
  },
};
