import type { VitalsMessages } from './types';

/** Every French word of Vitals, chosen for `locale` `fr-*`. */
export const messagesFr: VitalsMessages = {
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
    couldNotShow: {
      chart: 'Impossible d’afficher ce graphique.',
      list: 'Impossible d’afficher cette liste.',
      card: 'Impossible d’afficher cette carte.',
      sparkline: 'Impossible d’afficher cette courbe.',
    },
    errorDetail: 'Détails techniques',
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
  trend: {
    title: 'Évolution de la rétention',
    loading: 'Chargement de l’évolution de la rétention…',
    empty:
      'Pas encore de données de MRR : la rétention apparaîtra dès qu’il y aura des instantanés.',
    noMonths: 'Aucun mois à afficher.',
    needsWindow:
      'il lui faut une période : indiquez `from` et `to` (par exemple from="2024-12" to="2025-12").',
    metricNames: {
      nrr: 'Rétention nette du revenu',
      grr: 'Rétention brute du revenu',
      logoChurn: 'Attrition des clients',
    },
    metricShort: { nrr: 'NRR', grr: 'GRR', logoChurn: 'Attrition des clients' },
    windows: { month: 'd’un mois sur l’autre', ttm: 'sur les douze derniers mois' },
    windowsShort: { month: 'mensuel', ttm: '12 mois' },
    windowNotes: {
      month: 'Chaque point : d’un mois sur l’autre (fin du mois précédent à fin du mois).',
      ttm: 'Chaque point : douze derniers mois (fin du même mois un an plus tôt à fin du mois).',
    },
    segmentNote:
      'Les références d’attrition des clients dépendent du segment : indiquez `segment` (SMB, Mid-Market ou Enterprise) pour les tracer.',
    panelTitle: '{metric}, {window}',
    ratedValue: '{value} ({rating})',
    bandLabel: '{rating} {range}',
    bandSeparator: ', ',
    plotLabel:
      'Rétention au fil du temps, un panneau par taux ; placez le focus sur un point pour lire sa valeur',
    pointLabel: '{metric}, {period} : {value}',
    pointLabelRated: '{metric}, {period} : {value}, {rating}',
    gapNoStartingMrrAt:
      'Pas de MRR initial à la fin de {period}, donc les taux ne peuvent pas être calculés (un trou dans la ligne).',
    gapNoStartingMrr:
      'Pas de MRR initial, donc les taux ne peuvent pas être calculés (un trou dans la ligne).',
    gapNoStartingAccountsAt:
      'Aucun client au départ à la fin de {period}, donc l’attrition ne peut pas être calculée (un trou dans la ligne).',
    gapNoStartingAccounts:
      'Aucun client au départ, donc l’attrition ne peut pas être calculée (un trou dans la ligne).',
    gapUnknown: 'Non disponible (un trou dans la ligne).',
    gapOther: '{reason} (un trou dans la ligne).',
    summary: 'Rétention {window}, de {first} à {last}.',
    summaryMetric:
      '{metric} : dernier {latest} en {latestPeriod}, minimum {lowest} en {lowestPeriod}, maximum {highest} en {highestPeriod}.',
    summaryNoValues: '{metric} : aucune valeur.',
    summaryBenchmark: {
      monthly: 'Référence par mois : {bands}.',
      annual: 'Référence par an : {bands}.',
      other: 'Référence : {bands}.',
    },
    summaryGaps: {
      one: '{count} période n’a pas de valeur ; voir le tableau.',
      many: '{count} de périodes n’ont pas de valeur ; voir le tableau.',
      other: '{count} périodes n’ont pas de valeur ; voir le tableau.',
    },
    tablePeriod: 'Période',
    tableNote: 'Remarque',
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
    tablePeriod: 'Période',
    aboveZero: ' (au-dessus de zéro)',
    belowZero: ' (au-dessous de zéro)',
    plotLabel:
      'Mouvements du MRR, une colonne par période ; placez le focus sur une colonne pour ses mouvements',
  },
  benchmarks: {
    ratings: { excellent: 'excellent', good: 'bon', fair: 'moyen', poor: 'faible' },
    nrrExcellent: 'quartile supérieur',
    anyValue: 'toute valeur',
    days: { one: '{count} jour', many: '{count} de jours', other: '{count} jours' },
  },
  metricCard: {
    loading: 'Chargement : {label}…',
    noValue: 'Aucune valeur',
    noReason: 'Aucune valeur pour cette période.',
    reasons: {
      'no-starting-mrr':
        'Aucun MRR de départ sur cette période : le taux ne peut pas être calculé.',
      'no-starting-accounts': 'Aucun compte en début de période.',
      'no-ending-accounts': 'Aucun compte payant en fin de période.',
      'no-losses': 'Aucun MRR perdu : le ratio n’a pas de dénominateur.',
      'no-responses': 'Pas encore de réponses à l’enquête.',
      'zero-churn':
        'Aucune attrition observée pour l’instant : la valeur vie client est illimitée.',
      'not-provided': 'Les données nécessaires à ce chiffre n’ont pas été fournies.',
    },
    noChange: 'Aucune variation',
    up: 'En hausse de {change}',
    down: 'En baisse de {change}',
    comparison: 'par rapport à {comparison}',
    previousPeriod: 'la période précédente',
    improvement: '(une amélioration)',
    decline: '(une dégradation)',
    percentagePoints: {
      one: '{count} point de pourcentage',
      many: '{count} de points de pourcentage',
      other: '{count} points de pourcentage',
    },
    lessThanPercentagePoints: 'moins de {value} point de pourcentage',
    benchmark: 'Référence :',
    ratingWithRange: '{rating} ({range})',
    sparkline: {
      one: 'Évolution sur {count} période : premier {first}, dernier {last}, plus bas {min}, plus haut {max}.',
      many: 'Évolution sur {count} de périodes : premier {first}, dernier {last}, plus bas {min}, plus haut {max}.',
      other:
        'Évolution sur {count} périodes : premier {first}, dernier {last}, plus bas {min}, plus haut {max}.',
    },
    valueAt: '{value} ({period})',
    errorOne: 'Impossible d’afficher cette valeur : {problem}.',
    errorMany: {
      one: 'Impossible d’afficher cette valeur : {count} nombre est invalide.',
      many: 'Impossible d’afficher cette valeur : {count} de nombres sont invalides.',
      other: 'Impossible d’afficher cette valeur : {count} nombres sont invalides.',
    },
  },
};
