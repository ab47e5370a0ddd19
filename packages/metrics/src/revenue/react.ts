export { useRetention } from './useRetention';
