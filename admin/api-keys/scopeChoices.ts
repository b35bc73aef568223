export const scopeChoices = [
  { id: 'REPLIES_READ', name: 'repbase.scopes.REPLIES_READ' },
  { id: 'MENTIONS_WRITE', name: 'repbase.scopes.MENTIONS_WRITE' },
  { id: 'METRICS_WRITE', name: 'repbase.scopes.METRICS_WRITE' },
];
