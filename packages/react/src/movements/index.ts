export { MrrMovementsChart } from './MrrMovementsChart';
export type { MrrMovementsChartProps } from './MrrMovementsChart';
export {
  GAINS,
  LOSSES,
  movementAmount,
  movementsGeometry,
  netMovement,
} from './movements.geometry';
export type {
  MovementKind,
  MovementSegment,
  MovementsColumn,
  MovementsGeometry,
  MovementsLayout,
  MovementsPeriodInput,
} from './movements.geometry';
