// The account's optional features, from N/runtime (no governance units):
// https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4296530135.html
import * as runtime from 'N/runtime';
import { FEATURE_IDS, type AccountFeatures } from '../lib/account-features';

export function readAccountFeatures(): AccountFeatures {
  const on = (name: keyof AccountFeatures) => runtime.isFeatureInEffect({ feature: FEATURE_IDS[name] });
  return {
    departments: on('departments'),
    locations: on('locations'),
    oneWorld: on('oneWorld'),
    multiCurrency: on('multiCurrency'),
  };
}
