// flattenRpcParams follows Alibaba's rules, checked against the official SDK's own
// OpenApiUtil.query (a devDependency used only as an oracle) on the SDK's edge cases and on
// seeded random nested inputs.
import { OpenApiUtil } from '@alicloud/openapi-core';
import { describe, expect, it } from 'vitest';
import { flattenRpcParams } from '../../src/client/flatten.ts';

describe('flattenRpcParams', () => {
  it('numbers arrays from 1, joins levels with dots, writes booleans as true/false', () => {
    expect(
      flattenRpcParams({
        DefaultActions: [
          { Type: 'ForwardGroup', ForwardGroupConfig: { ServerGroupTuples: [{ ServerGroupId: 'sgp-1' }, { ServerGroupId: 'sgp-2' }] } },
        ],
        QuicConfig: { QuicUpgradeEnabled: false },
        ListenerPort: 443,
      }),
    ).toEqual({
      'DefaultActions.1.Type': 'ForwardGroup',
      'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.1.ServerGroupId': 'sgp-1',
      'DefaultActions.1.ForwardGroupConfig.ServerGroupTuples.2.ServerGroupId': 'sgp-2',
      'QuicConfig.QuicUpgradeEnabled': 'false',
      ListenerPort: '443',
    });
  });

  it('skips null and undefined items but keeps their index (the SDK unit test "query should ok")', () => {
    const input = { val5: true, val7: ['1', 2, undefined, null, true, { val1: 'string' }, ['substring']] };
    expect(flattenRpcParams(input)).toEqual({
      val5: 'true',
      'val7.1': '1',
      'val7.2': '2',
      'val7.5': 'true',
      'val7.6.val1': 'string',
      'val7.7.1': 'substring',
    });
    expect(flattenRpcParams(input)).toEqual(OpenApiUtil.query(input));
  });

  it('matches the official SDK on 300 seeded random nested inputs', () => {
    let seed = 20260616;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const value = (depth: number): unknown => {
      const r = random();
      if (depth > 3 || r < 0.35) return ['x', 'a b*&=/', '中文', 7, 0, true, false, null, undefined][Math.floor(random() * 9)];
      if (r < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => [`K${i}`, value(depth + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const input = { Top: value(0), Other: value(1) };
      expect(flattenRpcParams(input), JSON.stringify(input)).toEqual(OpenApiUtil.query(input));
    }
  });
});
