export { readMrrSnapshotsCsv, readSurveyResponsesCsv, readHealthAccountsCsv } from './readers';
export type {
  MrrSnapshotColumn,
  SurveyResponseColumn,
  HealthAccountColumn,
  HealthAccountsCsvOptions,
} from './readers';
export { withCsvLines } from './lines';
export type {
  CsvIssue,
  CsvRows,
  CsvReadOptions,
  CsvDelimiter,
  CsvDecimal,
  CsvThousands,
} from './types';
