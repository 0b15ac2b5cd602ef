export * from './audit';
export * from './offices';
export * from './sessions';
export * from './users';
