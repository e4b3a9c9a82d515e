// Generated from src/mock/state/world-schema.ts by `npm run build` (openapi-typescript); do not edit.
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        WorldFile: {
            limits?: {
                serverGroupAttachedQuota?: number;
                securityPolicyAttachedQuota?: number;
                serverAddedQuota?: number;
            };
            loadBalancers: {
                id: string;
                vpcId: string;
                /** @enum {unknown} */
                edition?: "Basic" | "Standard" | "StandardWithWaf";
                /** @enum {unknown} */
                status?: "Active" | "Provisioning" | "Configuring" | "Inactive" | "CreateFailed";
                /** @enum {unknown} */
                businessStatus?: "Normal" | "Abnormal";
                listenerQuota?: number;
                servers?: number;
                serversQuota?: number;
            }[];
            serverGroups?: {
                id: string;
                vpcId: string;
                /** @enum {unknown} */
                protocol: "HTTP" | "HTTPS" | "gRPC";
                servers?: number;
                attachedCount?: number;
                maxServerMemberships?: number;
            }[];
            certificates?: string[];
            caCertificates?: string[];
            securityPolicies?: {
                id: string;
                system?: boolean;
                attachedCount?: number;
            }[];
            faults?: {
                seed?: number;
                latencyMs?: number | [
                    number,
                    number
                ];
                throttle?: {
                    ratePerSecond: number;
                    burst?: number;
                    perAccessKey?: boolean;
                    /** @enum {unknown} */
                    signal?: "x-acs-retry-after" | "x-ratelimit" | "retry-after-only";
                };
                configuringMs?: number;
                failJobs?: {
                    loadBalancerId?: string;
                    fraction?: number;
                    code: string;
                    message?: string;
                }[];
            };
            listeners?: {
                id: string;
                loadBalancerId: string;
                port: number;
                /** @enum {unknown} */
                protocol: "HTTP" | "HTTPS" | "QUIC";
                associatedWith?: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

/** A world file (YAML) of the stateful mock, or the `world` given to albHandlers as data. */
export type WorldFile = components['schemas']['WorldFile'];
