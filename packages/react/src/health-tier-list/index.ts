// The health-tier list (SPEC §9): the at-risk work queue on TanStack Table v9 and react-virtual.
export { HealthTierList } from './HealthTierList';
export type { HealthTierListProps } from './HealthTierList';
export { defaultTierListColumns, Sparkline } from './columns';
export { tierListColumnHelper, tierListFeatures } from './tierList.features';
export type {
  TierListColumnDef,
  TierListColumnMeta,
  TierListExportField,
  TierListFeatures,
  TierListState,
  TierListTable,
  TierListTableRow,
} from './tierList.features';
export { AT_RISK_FIRST } from './useTierListState';
export type { TierListStateHandlers } from './useTierListState';
export type { TierListRow } from './tierList.model';
export { tierListItems } from './tierList.lines';
export type { TierListItem } from './tierList.lines';
export { topDrivers, driversText, nextTierText, dateTexts } from './tierList.text';
export type { DateTexts, TierDriver, TierListTableMeta } from './tierList.text';
export { csvField, toCsv, downloadCsv } from '../internal/csv';
export type { CsvValue } from '../internal/csv';
export { tierListCsv } from './tierList.export';
