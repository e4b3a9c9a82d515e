// The formats the contract's schemas use beyond Ajv's own: OpenAPI's int32, an integer that fits in
// 32 bits. Shared by the run-time Ajv (ajv.ts) and the validators compiled at build time.
export const int32 = { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 } as const;
