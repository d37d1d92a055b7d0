// French texts of lib/i18n/esp.ts, which holds their type, shared helpers and accessor.
import { make } from '../esp';

const FIG_FR: Record<string, string> = {
  recipients: 'destinataires',
  delivered: 'e-mails délivrés',
  campaignName: 'nom de la campagne',
  subject: 'objet',
  sentAt: "heure d'envoi",
  senderEmail: "adresse d'expéditeur",
  senderName: "nom d'expéditeur",
  senderDomainHint: "domaine d'expéditeur",
  mppExcluded: 'mention de la confidentialité Apple',
  'opens.unique': 'ouvertures uniques',
  'opens.total': 'ouvertures totales',
  'opens.rate': "taux d'ouverture",
  'clicks.unique': 'clics uniques',
  'clicks.total': 'clics totaux',
  'clicks.rate': 'taux de clics',
  'clicks.toOpenRate': 'taux de clics par ouverture',
  'bounces.total': 'rebonds',
  'bounces.hard': 'rebonds durs',
  'bounces.soft': 'rebonds temporaires',
  'bounces.rate': 'taux de rebond',
  'bounces.hard+soft': 'rebonds durs et temporaires',
  'delivered+bounces': 'e-mails délivrés plus rebonds',
  'unsubscribes.count': 'désabonnements',
  'unsubscribes.rate': 'taux de désabonnement',
  'complaints.count': 'plaintes pour spam',
  'complaints.rate': 'taux de plaintes',
  'bounce list': 'liste des rebonds',
};

export const esp = make(
  'fr',
  FIG_FR,
  {
    missing: (f) => `Impossible de lire sur cette page : ${f}.`,
    refused: (f, text) => `La valeur affichée pour ${f}, « ${text} », n'est pas un nombre : elle n'est pas utilisée.`,
    mismatch: (f, shown, count, of) =>
      `Le ${f} affiché, ${shown}, ne correspond pas à ${count} sur ${of} : il n'est pas utilisé.`,
    exceeds: (f, value, limit, max) =>
      `Il y a plus de ${f} (${value}) que de ${limit} (${max}) : les deux ne peuvent pas être justes, les ${f} ne sont donc pas utilisés.`,
    truncated: (f, length) => `Le champ ${f} compte ${length} caractères et est affiché en abrégé.`,
    impossible: (f) => `La valeur lue pour ${f} est impossible : elle n'est pas utilisée.`,
    failed: (p) => `La lecture de la page ${p} a échoué.`,
  },
  {
    tabs: {
      overview: "Vue d'ensemble",
      sent: "Liste d'envoi",
      opens: 'Onglet Ouvertures',
      clicks: 'Onglet Clics',
      bounces: 'Onglet Rebonds',
      unsubscribes: 'Onglet Désabonnements',
      abuse: "Signalements d'abus",
      api: 'les données du compte',
    },
    source: (tab, age, figures) => `${tab}, lu ${age} : ${figures}`,
    sourcesTitle: "D'où viennent les chiffres",
    justNow: "à l'instant",
    addOrigin: 'Mon compte ActiveCampaign ou Campaign Monitor est sur ma propre adresse',
    unsettled:
      "Encore en mouvement : ces chiffres changeaient encore quand la lecture s'est arrêtée. Ils ne sont pas enregistrés dans l'historique ; rechargez la page une fois qu'elle est chargée.",
  },
);
