import type { HealthTier } from '@vitals/metrics';
import { useId } from 'react';
import { plural } from '../messages/template';
import type { HealthTierListMessages } from '../messages/types';
import type { Formatters } from '../provider/format';
import type { TierListTable } from './tierList.features';

/** Props of {@link TierListToolbar}. */
export interface TierListToolbarProps {
  table: TierListTable;
  /** The search text (TanStack's `globalFilter`). */
  globalFilter: unknown;
  /** Tiers, most severe first, with how many accounts each holds before filtering. */
  tiers: ReadonlyArray<{ tier: HealthTier | { id: string; label: string }; count: number }>;
  segments: readonly string[];
  format: Formatters;
  shownCount: number;
  totalCount: number;
  selectedCount: number;
  onExport: () => void;
  /** The list's words in the reader's language. */
  messages: HealthTierListMessages;
}

/** Search, tier and segment filters, the row count and the CSV export of the list. */
export function TierListToolbar({
  table,
  globalFilter,
  tiers,
  segments,
  format,
  shownCount,
  totalCount,
  selectedCount,
  onExport,
  messages: m,
}: TierListToolbarProps) {
  const id = useId();
  const tierColumn = table.getColumn('tier');
  const segmentColumn = table.getColumn('segment');
  const tierFilter = (tierColumn?.getFilterValue() as string[] | undefined) ?? [];
  const segmentFilter = (segmentColumn?.getFilterValue() as string | undefined) ?? '';
  const search = typeof globalFilter === 'string' ? globalFilter : '';
  const isFiltered = search !== '' || tierFilter.length > 0 || segmentFilter !== '';

  const toggleTier = (tierId: string, isOn: boolean) => {
    const next = isOn ? [...tierFilter, tierId] : tierFilter.filter((t) => t !== tierId);
    tierColumn?.setFilterValue(next.length > 0 ? next : undefined);
  };

  return (
    <div className="vitals-tier-list-toolbar">
      <div className="vitals-tier-list-search">
        <label htmlFor={`${id}-search`}>{m.search}</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder={m.searchPlaceholder}
          value={search}
          onChange={(event) => table.setGlobalFilter(event.target.value)}
        />
      </div>
      {tierColumn && (
        <fieldset className="vitals-tier-list-tiers">
          <legend>{m.tierFilter}</legend>
          {tiers.map(({ tier, count }) => (
            <label key={tier.id} className="vitals-tier-list-tier-option" data-tier={tier.id}>
              <input
                type="checkbox"
                checked={tierFilter.includes(tier.id)}
                onChange={(event) => toggleTier(tier.id, event.target.checked)}
              />
              {tier.label} <span className="vitals-tier-list-count">({format.count(count)})</span>
            </label>
          ))}
        </fieldset>
      )}
      {segmentColumn && segments.length > 0 && (
        <div className="vitals-tier-list-segment-filter">
          <label htmlFor={`${id}-segment`}>{m.segmentFilter}</label>
          <select
            id={`${id}-segment`}
            value={segmentFilter}
            onChange={(event) => segmentColumn.setFilterValue(event.target.value || undefined)}
          >
            <option value="">{m.allSegments}</option>
            {segments.map((segment) => (
              <option key={segment} value={segment}>
                {segment}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="vitals-tier-list-actions">
        {isFiltered && (
          <button
            type="button"
            className="vitals-tier-list-button"
            onClick={() => {
              table.resetColumnFilters(true);
              table.setGlobalFilter('');
            }}
          >
            {m.clearFilters}
          </button>
        )}
        <button type="button" className="vitals-tier-list-button" onClick={onExport}>
          {m.exportCsv}
        </button>
      </div>
      <p className="vitals-tier-list-status" role="status">
        {shownCount === totalCount
          ? plural(m.rowCount, format.locale, totalCount, { count: format.count(totalCount) })
          : plural(m.rowCountFiltered, format.locale, totalCount, {
              count: format.count(totalCount),
              shown: format.count(shownCount),
            })}
        {selectedCount > 0 &&
          plural(m.selectedCount, format.locale, selectedCount, {
            count: format.count(selectedCount),
          })}
      </p>
    </div>
  );
}
