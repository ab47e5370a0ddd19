export { HealthDistribution } from './HealthDistribution';
export type { HealthDistributionProps } from './HealthDistribution';
export { healthDistributionGeometry } from './health-distribution.geometry';
export type {
  HealthDistributionBar,
  HealthDistributionGeometry,
  HealthDistributionLayout,
  HealthDistributionPanel,
  HealthDistributionMeasure,
  HealthDistributionQuantity,
} from './health-distribution.geometry';
