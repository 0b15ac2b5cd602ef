export * from './audit';
export * from './engagement-work';
export * from './families';
export * from './intake';
export * from './offices';
export * from './sessions';
export * from './users';
export * from './working-time';
