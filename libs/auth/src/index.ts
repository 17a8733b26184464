export * from './token';
export * from './token-rules';
export * from './known-units';
export * from './oidc';
export * from './token-verifier';
