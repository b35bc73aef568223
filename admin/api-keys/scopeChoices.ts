export const scopeChoices = [
  { id: 'REPLIES_READ', name: 'repbase.scopes.REPLIES_READ' },
  { id: 'MENTIONS_WRITE', name: 'repbase.scopes.MENTIONS_WRITE' },
  { id: 'METRICS_WRITE', name: 'repbase.scopes.METRICS_WRITE' },
  { id: 'CASES_READ', name: 'repbase.scopes.CASES_READ' },
  { id: 'CASES_WRITE', name: 'repbase.scopes.CASES_WRITE' },
  { id: 'BASE_READ', name: 'repbase.scopes.BASE_READ' },
];
