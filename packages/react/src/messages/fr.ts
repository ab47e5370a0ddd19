import type { VitalsMessages } from './types';

/** Every French word of Vitals, chosen for `locale` `fr-*`. */
export const messagesFr = {
  common: {
    showTable: 'Afficher le tableau de données',
    hideTable: 'Masquer le tableau de données',
    tableCaption: '{title} : données',
    cannotDraw: 'Impossible de tracer ce graphique : {reason}',
    invalidRows: {
      one: '{count} ligne est invalide.',
      many: '{count} de lignes sont invalides.',
      other: '{count} lignes sont invalides.',
    },
    showMoreProblems: {
      one: 'Afficher {count} autre problème',
      many: 'Afficher {count} d’autres problèmes',
      other: 'Afficher {count} autres problèmes',
    },
    skippedRows: {
      one: '{count} ligne invalide a été ignorée.',
      many: '{count} de lignes invalides ont été ignorées.',
      other: '{count} lignes invalides ont été ignorées.',
    },
    issueLine: 'Ligne {line}',
    issueRow: 'Enregistrement {row} (indice {index})',
    legend: 'Légende',
    nrr: 'Rétention nette du revenu',
    grr: 'Rétention brute du revenu',
  },
  waterfall: {
    title: 'Rétention nette du revenu',
    loading: 'Chargement de la rétention nette du revenu…',
    empty:
      'Pas encore de données de MRR : la rétention apparaîtra dès qu’il y aura des instantanés.',
    noStartingMrrAt:
      'Aucun MRR de départ fin {period} : le NRR et le GRR ne peuvent pas être calculés pour cette période (affichés —).',
    noStartingMrr:
      'Aucun MRR de départ : le NRR et le GRR ne peuvent pas être calculés pour cette période (affichés —).',
    steps: {
      starting: 'MRR de départ',
      expansion: 'Expansion',
      contraction: 'Contraction',
      churn: 'Attrition',
      retained: 'MRR conservé',
      new: 'Nouveau',
      reactivation: 'Réactivation',
      ending: 'MRR final',
    },
    stepsAxis: {
      starting: 'Départ',
      expansion: 'Expansion',
      contraction: 'Contraction',
      churn: 'Attrition',
      retained: 'Conservé',
      new: 'Nouveau',
      reactivation: 'Réactivation',
      ending: 'Final',
    },
    stepsAbbreviated: {
      starting: 'Dép.',
      expansion: 'Exp.',
      contraction: 'Con.',
      churn: 'Att.',
      retained: 'Cons.',
      new: 'Nouv.',
      reactivation: 'Réa.',
      ending: 'Fin',
    },
    tooltipRunning: 'MRR cumulé {value}',
    summaryRates: 'Rétention nette du revenu {nrr}, rétention brute du revenu {grr}.',
    summaryStep: '{step} {value}',
    summaryStepSeparator: ' ; ',
    summarySteps: '{steps}.',
    tableFallbackCaption: 'Données de la cascade',
    tableStep: 'Étape',
    tableChange: 'Variation',
    tableRunning: 'MRR cumulé',
    plotLabel: 'Barres de la cascade, une par étape ; placez le focus sur une barre pour sa valeur',
    barLabel: '{step} : {value}, MRR cumulé {running}',
  },
  movements: {
    title: 'Mouvements du MRR',
    loading: 'Chargement des mouvements du MRR…',
    empty:
      'Pas encore de données de MRR : les mouvements apparaîtront dès qu’il y aura des instantanés.',
    noPeriods: 'Aucune période à afficher : la série est vide.',
    kinds: {
      new: 'Nouveau',
      expansion: 'Expansion',
      reactivation: 'Réactivation',
      contraction: 'Contraction',
      churn: 'Attrition',
    },
    kindsInSentence: {
      new: 'nouveau',
      expansion: 'expansion',
      reactivation: 'réactivation',
      contraction: 'contraction',
      churn: 'attrition',
    },
    net: 'Net',
    netChange: 'Variation nette',
    netNewMrr: 'Nouveau MRR net',
    movementValue: '{kind} {value}',
    periodDescription: '{period} : {movements} ; net {net}',
    separator: ', ',
    summaryRange: {
      many: 'de {first} à {last} ({count} de périodes)',
      other: 'de {first} à {last} ({count} périodes)',
    },
    summary: 'Mouvements du MRR, {range} : {totals} ; net {net}.',
    summaryBestWorst:
      'Meilleure période : {best} (net {bestNet}) ; plus faible : {worst} (net {worstNet}).',
    tableFallbackCaption: 'Données des mouvements du MRR',
    plotLabel:
      'Mouvements du MRR, une colonne par période ; placez le focus sur une colonne pour ses mouvements',
  },
} satisfies VitalsMessages;
