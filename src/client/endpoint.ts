// Where a region's ALB API lives (the official SDK's "regional" endpoint rule).
const SHARED_ENDPOINT: Record<string, string> = {
  // The metadata maps this region to the Hangzhou endpoint.
  'cn-hangzhou-finance': 'cn-hangzhou',
};

export function endpointForRegion(region: string): string {
  if (!/^[a-z]{2}(-[a-z0-9]+)+$/.test(region))
    throw new TypeError(`region must be a region ID such as cn-hangzhou, got ${JSON.stringify(region)}`);
  return `https://alb.${SHARED_ENDPOINT[region] ?? region}.aliyuncs.com`;
}
