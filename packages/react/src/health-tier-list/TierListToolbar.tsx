import type { HealthTier } from '@vitals/metrics';
import { useId } from 'react';
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
        <label htmlFor={`${id}-search`}>Search</label>
        <input
          id={`${id}-search`}
          type="search"
          placeholder="Account or owner"
          value={search}
          onChange={(event) => table.setGlobalFilter(event.target.value)}
        />
      </div>
      {tierColumn && (
        <fieldset className="vitals-tier-list-tiers">
          <legend>Tier</legend>
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
          <label htmlFor={`${id}-segment`}>Segment</label>
          <select
            id={`${id}-segment`}
            value={segmentFilter}
            onChange={(event) => segmentColumn.setFilterValue(event.target.value || undefined)}
          >
            <option value="">All segments</option>
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
            Clear filters
          </button>
        )}
        <button type="button" className="vitals-tier-list-button" onClick={onExport}>
          Export CSV
        </button>
      </div>
      <p className="vitals-tier-list-status" role="status">
        {shownCount === totalCount
          ? `${format.count(totalCount)} accounts`
          : `${format.count(shownCount)} of ${format.count(totalCount)} accounts`}
        {selectedCount > 0 && `, ${format.count(selectedCount)} selected`}
      </p>
    </div>
  );
}
