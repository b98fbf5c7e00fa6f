export * from './demo-accounts';
export * from './web-build';
