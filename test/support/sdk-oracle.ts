// Drives the official SDK (@alicloud/alb20200616, a devDependency used only as a test oracle)
// with the same nested request our client takes.
import * as Alb from '@alicloud/alb20200616';
import { $OpenApiUtil } from '@alicloud/openapi-core';

type ModelClass = { new (map: Record<string, unknown>): unknown; names(): Record<string, string>; types(): Record<string, unknown> };

/** Our PascalCase wire-named request → the SDK's model instances, through each model's names()/types(). */
export function toSdkModel(model: ModelClass, value: Record<string, unknown>): unknown {
  const names = model.names();
  const types = model.types();
  const map: Record<string, unknown> = {};
  for (const [camel, wire] of Object.entries(names)) {
    if (!(wire in value)) continue;
    const v = value[wire];
    const type = types[camel] as any;
    if (type && typeof type === 'object' && type.type === 'array' && typeof type.itemType === 'function')
      map[camel] = (v as unknown[]).map((item) => (item === null ? null : toSdkModel(type.itemType, item as Record<string, unknown>)));
    else if (typeof type === 'function') map[camel] = toSdkModel(type, v as Record<string, unknown>);
    else map[camel] = v;
  }
  return new model(map);
}

export interface SdkOptions {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  v1?: boolean;
}

export async function sdkCreateListener(endpoint: string, request: Record<string, unknown>, options: SdkOptions): Promise<unknown> {
  return createSdkClient(endpoint, options).createListener(toSdkRequest(request));
}

export function toSdkRequest(request: Record<string, unknown>, action = 'CreateListener'): unknown {
  return toSdkModel((Alb as unknown as Record<string, ModelClass>)[`${action}Request`]!, request);
}

/** The SDK's call for an action (`getListenerAttribute`), with our nested request; resolves to the SDK's parsed body. */
export async function sdkCall(endpoint: string, action: string, request: Record<string, unknown>, options: SdkOptions): Promise<any> {
  const client = createSdkClient(endpoint, options) as unknown as Record<string, (request: unknown) => Promise<{ body: unknown }>>;
  const method = action[0]!.toLowerCase() + action.slice(1);
  return (await client[method]!.call(client, toSdkRequest(request, action))).body;
}

/** The SDK's client for an endpoint such as http://127.0.0.1:4010. */
export function createSdkClient(endpoint: string, options: SdkOptions): { createListener(request: unknown): Promise<unknown> } {
  const url = new URL(endpoint);
  const config = new $OpenApiUtil.Config({
    accessKeyId: options.accessKeyId,
    accessKeySecret: options.accessKeySecret,
    securityToken: options.securityToken,
    endpoint: url.host,
    protocol: url.protocol.replace(':', ''),
    readTimeout: 5000,
    connectTimeout: 5000,
  });
  if (options.v1) config.signatureAlgorithm = 'v2';
  // CommonJS interop differs between vitest and tsx: the class is `default` or `default.default`.
  const exported = (Alb as any).default;
  const Client = (typeof exported === 'function' ? exported : exported.default) as new (
    config: unknown,
  ) => { createListener(request: unknown): Promise<unknown> };
  return new Client(config);
}
