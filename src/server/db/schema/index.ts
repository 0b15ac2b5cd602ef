export * from './audit';
export * from './families';
export * from './intake';
export * from './offices';
export * from './sessions';
export * from './users';
