export { buildReconciliation, type ReconcileDeps, type ReconciliationReport } from './build-report';
export { parsePeriod, PeriodError, type Period } from './period';
export type { BillComparison, Classification, ComparedClassification } from './match-bills';
export type { AccountTotal, CurrencyTotal } from './totals';
export type { VendorDrift, VendorDifference } from './vendor-drift';
export { chooseSubsidiary, type Subsidiary } from './subsidiary-choice';
export { groupedCents, moneyText } from './money-text';
