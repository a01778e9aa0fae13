export * from './audit';
export * from './credential';
export * from './inbound-event';
export * from './mapping-override';
export * from './reference-item';
export * from './setting';
export * from './sync-record';
export * from './writeback';
