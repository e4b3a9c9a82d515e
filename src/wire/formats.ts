// The formats the contract's schemas use, as the run-time Ajv (ajv.ts, with ajv-formats) and the
// validators compiled at build time (scripts/lib/mock-validators.ts) both check them: OpenAPI's
// int32 (an integer that fits in 32 bits) and int64 (any integer a number holds exactly).
export const int32 = { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 } as const;
export const int64 = { type: 'number', validate: (n: number) => Number.isSafeInteger(n) } as const;
