export { HealthDistribution } from './HealthDistribution';
export type { HealthDistributionProps } from './HealthDistribution';
export { toTierDistribution } from './health-distribution.data';
export type { HealthDistributionData } from './health-distribution.data';
export { healthDistributionGeometry, mrrAtRisk } from './health-distribution.geometry';
export type {
  HealthDistributionBar,
  HealthDistributionGeometry,
  HealthDistributionLayout,
  HealthDistributionPanel,
  HealthDistributionMeasure,
  HealthDistributionQuantity,
  MrrAtRisk,
} from './health-distribution.geometry';
