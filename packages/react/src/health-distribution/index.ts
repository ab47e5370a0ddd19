export { HealthDistribution } from './HealthDistribution';
export type { HealthDistributionProps } from './HealthDistribution';
export { toTierDistribution } from './health-distribution.data';
export type { HealthDistributionData } from './health-distribution.data';
export { healthDistributionGeometry } from './health-distribution.geometry';
export type {
  HealthDistributionBar,
  HealthDistributionGeometry,
  HealthDistributionLayout,
  HealthDistributionPanel,
  HealthDistributionMeasure,
  HealthDistributionQuantity,
} from './health-distribution.geometry';
