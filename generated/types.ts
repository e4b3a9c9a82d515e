// Generated from openapi/ by `npm run build` (openapi-typescript); do not edit.
export type paths = {
    "/#Action=CreateListener": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an HTTP, HTTPS or QUIC listener
         * @description Creates a listener on an Application Load Balancer (ALB) instance.
         *
         *     The call is **asynchronous**: it returns a `ListenerId` and a `JobId` at once, and the listener
         *     is `Provisioning` until the job finishes. Poll `GetListenerAttribute` (until `ListenerStatus` is
         *     `Running`) or `ListAsynJobs` (until the job is `Succeeded`).
         *
         *     CreateListener is not idempotent by itself: send a `ClientToken` and reuse it when you retry, so
         *     a retried call cannot create a second listener.
         *
         *     With `DryRun=true` the service only prechecks the request and answers `400 DryRunOperation`
         *     when the precheck passes.
         *
         *     **Request forms.** The official SDK sends `POST /` with every parameter in the query string and
         *     an empty body. The service also accepts the business parameters as an
         *     `application/x-www-form-urlencoded` body (Terraform's form) and `GET /` with the same query;
         *     `x-acs-request-forms` lists them.
         */
        post: operations["CreateListener"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=GetListenerAttribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read a listener and its status
         * @description Returns a listener's configuration and its `ListenerStatus`: `Provisioning` while CreateListener's
         *     job runs, then `Running` (`Configuring` while a change is applied, `Stopped` when stopped).
         *
         *     How real clients wait on it: both Kubernetes ALB controllers poll it up to 15 times, one second
         *     apart (sleeping before each poll), until the listener is `Running`; after the 15th poll they carry
         *     on without an error whatever the status, and any error of this action ends their wait at once
         *     (they neither retry it nor handle throttling). Terraform waited on it from 2021-08 to 2025-01 with
         *     the same backoff it now uses on ListAsynJobs (5 s, then 3 s, 6 s, 10 s, 10 s ..., for the create
         *     timeout); today it reads it after StartListener (until `Running`) and StopListener (until
         *     `Stopped`), each call retried for a minute on throttling and 5xx. The generated client's
         *     `waitForListener` does it for you.
         */
        post: operations["GetListenerAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListAsynJobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List asynchronous tasks (jobs)
         * @description Lists asynchronous tasks (jobs) and their status, newest first. CreateListener returns a `JobId`: its
         *     task is `Processing` until it ends `Succeeded` or `Failed` (with `ErrorCode` and `ErrorMessage`).
         *     Filter by `JobIds`, `ResourceIds`, `ResourceType`, `ApiName` and a time window; page with
         *     `MaxResults` and `NextToken`.
         *
         *     How real clients poll it: Terraform sends `JobIds.1=<JobId>` alone, first after 5 s, then after
         *     3 s, 6 s, 10 s, 10 s ... until the job is `Succeeded`, for the create timeout (default 5 minutes)
         *     plus 30 s; it has no failure state (a `Failed` job waits out the timeout) and drops every error of
         *     this action but not-found, each call itself retried for a minute (3 s, then 5 s). Alibaba's
         *     load-balancer controller polls a job up to 60 times, one second apart, and fails on `Failed` with
         *     the job's `ErrorMessage`. An unknown `JobIds.1` lists no job (Terraform reads it as not found;
         *     the controller treats a `TotalCount` other than 1 as an error). The generated client's job
         *     waiter stops on `Failed` too.
         */
        post: operations["ListAsynJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=ListListeners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List listeners
         * @description Lists listeners, filtered by ALB instance, listener, protocol and tag, a page at a time: `MaxResults`
         *     per page (default 20), then `NextToken` from the previous page until the answer has none. An instance
         *     that does not exist lists no listener, not an error. Each listener's fields are GetListenerAttribute's
         *     (a subset of them), `ListenerStatus` included: a screen that lists listeners shows which are
         *     `Provisioning`, `Configuring` or `Stopped`.
         *
         *     Terraform's `alicloud_alb_listeners` data source pages through it with `MaxResults` and `NextToken`,
         *     filtered by `LoadBalancerIds` and `ListenerProtocol`. The generated client's `paginateListListeners`
         *     pages for you.
         */
        post: operations["ListListeners"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=UpdateListenerAttribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a listener's attributes
         * @description Changes the attributes of a listener that is `Running` or `Stopped`: its description, timeouts, Gzip,
         *     HTTP/2, security policy, certificates, mutual authentication, default actions, `X-Forwarded-*` headers and
         *     QUIC upgrade. What the request leaves out stays as it is; `XForwardedForConfig`, `QuicConfig`,
         *     `DefaultActions`, `Certificates` and `CaCertificates` are each replaced as a whole (Terraform always sends
         *     each in full). Returns at once with a `JobId`: the listener is `Configuring` until the job ends, then back to
         *     `Running` (or `Stopped`) with the new attributes. A listener whose job has not ended answers
         *     `IncorrectStatus.Listener` (the code Terraform retries around this call).
         *
         *     How real clients wait after it: Terraform waits until the listener is `Running` or `Stopped`
         *     (GetListenerAttribute, every 5 s with its usual backoff, for the update timeout), retrying the call itself on
         *     `SystemBusy`, `IdempotenceProcessing`, `IncorrectBusinessStatus.LoadBalancer`, `IncorrectStatus.Listener`,
         *     `-22001`, throttling and 5xx. The generated client's `waitUntilJobSucceeded` waits on its job.
         */
        post: operations["UpdateListenerAttribute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=StopListener": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a running listener
         * @description Stops a `Running` listener: it stops serving, and keeps its configuration and port. Returns at
         *     once with a `JobId`; the listener is `Stopped` once the job ends. A listener that is already `Stopped`,
         *     or whose job has not ended, answers `IncorrectStatus.Listener`.
         *
         *     How real clients do it: Terraform calls it when the resource's `status` changes to `Stopped`, retries it as it
         *     retries StartListener, then waits until GetListenerAttribute says `Stopped`. The generated client's
         *     `waitUntilListenerStopped` does the same.
         */
        post: operations["StopListener"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=StartListener": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a stopped listener
         * @description Starts a `Stopped` listener. Returns at once with a `JobId`; the listener is `Running` once
         *     the job ends. A listener that is already `Running`, or whose job has not ended, answers
         *     `IncorrectStatus.Listener`.
         *
         *     How real clients do it: Terraform calls it when the resource's `status` changes to `Running`, retries it on
         *     `IdempotenceProcessing`, `IncorrectBusinessStatus.LoadBalancer`, `SystemBusy`, throttling and 5xx, then waits
         *     until GetListenerAttribute says `Running`. The generated client's `waitUntilListenerRunning` does the same.
         */
        post: operations["StartListener"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/#Action=DeleteListener": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a listener
         * @description Deletes a listener. Returns at once with a `JobId`; once the job ends, the listener is gone
         *     (GetListenerAttribute answers `ResourceNotFound.Listener`, ListListeners no longer lists it) and its port is
         *     free for a new listener. A listener whose job has not ended answers `ResourceInConfiguring.Listener`.
         *
         *     How real clients do it: Terraform retries the call on `IdempotenceProcessing`,
         *     `ResourceInConfiguring.Listener`, `IncorrectBusinessStatus.LoadBalancer`, `SystemBusy`, `-22031`, throttling
         *     and 5xx, and takes `ResourceNotFound.Listener` (or `ResourceNotFound.LoadBalancer`) as already deleted. The
         *     generated client's `waitUntilListenerDeleted` waits until the listener is gone.
         */
        post: operations["DeleteListener"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * ServerGroupTuple
         * @description A server group to which requests are forwarded.
         */
        ServerGroupTuple: {
            /**
             * @description The ID of the server group to which requests are forwarded. The server group must be in the VPC of the ALB instance and use a protocol that can serve the listener.
             * @example sgp-8ilqs4axp6bc2lfcxs
             */
            ServerGroupId: string;
        };
        /**
         * ForwardGroupConfig
         * @description The configuration of a `ForwardGroup` action.
         */
        ForwardGroupConfig: {
            /** @description The server groups to which requests are forwarded. No source states a count for CreateListener (CreateRule allows at most five per action); the service decides. */
            ServerGroupTuples: components["schemas"]["ServerGroupTuple"][];
        };
        /**
         * DefaultAction
         * @description One default action.
         */
        DefaultAction: {
            /**
             * @description The type of the action. `ForwardGroup`: forward requests to one or more server groups.
             * @example ForwardGroup
             * @enum {string}
             */
            Type: "ForwardGroup";
            ForwardGroupConfig: components["schemas"]["ForwardGroupConfig"];
        };
        /**
         * DefaultActions
         * @description The default actions of the listener. The official SDK documents at most 20 actions.
         */
        DefaultActions: components["schemas"]["DefaultAction"][];
        /**
         * Certificate
         * @description A server certificate.
         */
        Certificate: {
            /**
             * @description The ID of the certificate. Only server certificates are supported. The first certificate, the listener's default, needs one.
             * @example 103705-cn-hangzhou
             */
            CertificateId?: string;
        };
        /**
         * Certificates
         * @description The server certificates of the listener; the first is the default certificate. Only server certificates are supported; the official SDK documents up to 20 certificate IDs (older Terraform and the Kubernetes controller send exactly one, and more are usually added with AssociateAdditionalCertificatesWithListener).
         */
        Certificates: components["schemas"]["Certificate"][];
        /**
         * CaCertificate
         * @description A CA certificate. Its CertificateId is required when CaEnabled is true (the rule MutualTlsNeedsCaCertificate).
         */
        CaCertificate: {
            /**
             * @description The ID of the CA certificate.
             * @example 123157-cn-hangzhou
             */
            CertificateId?: string;
        };
        /**
         * CaCertificates
         * @description The CA certificates used for mutual authentication. You can specify only one.
         */
        CaCertificates: components["schemas"]["CaCertificate"][];
        /**
         * QuicConfig
         * @description The configuration of the QUIC listener that you want to associate with the current listener. Only HTTPS listeners support it.
         */
        QuicConfig: {
            /**
             * @description The ID of the QUIC listener that you want to associate with the HTTPS listener. Required when QuicUpgradeEnabled is `true`. The HTTPS listener and the QUIC listener must belong to the same ALB instance, and the QUIC listener must not be associated with another listener.
             * @example lsn-quic7y0kq0zi6gqgb1hb
             */
            QuicListenerId?: string;
            /**
             * @description Specifies whether to enable QUIC upgrade. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            QuicUpgradeEnabled?: boolean;
        };
        /**
         * XForwardedForConfig
         * @description The configuration of the `X-Forwarded-*` headers that ALB adds to the requests it forwards. Each `*Enabled` flag turns one header on; each `*Alias` renames a client-certificate header and takes effect only when its flag is `true`.
         */
        XForwardedForConfig: {
            /**
             * @description The name of the custom header. This parameter takes effect only when XForwardedForClientCertClientVerifyEnabled is set to true. The name must be 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             * @example test_client-verify-alias_123456
             */
            XForwardedForClientCertClientVerifyAlias?: string;
            /**
             * @description Specifies whether to use the `X-Forwarded-Clientcert-clientverify` header to retrieve the verification result of the client certificate. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForClientCertClientVerifyEnabled?: boolean;
            /**
             * @description The name of the custom header. This parameter takes effect only when XForwardedForClientCertFingerprintEnabled is set to true. The name must be 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             * @example test_finger-print-alias_123456
             */
            XForwardedForClientCertFingerprintAlias?: string;
            /**
             * @description Specifies whether to use the `X-Forwarded-Clientcert-fingerprint` header to retrieve the fingerprint of the client certificate. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForClientCertFingerprintEnabled?: boolean;
            /**
             * @description The name of the custom header. This parameter takes effect only when XForwardedForClientCertIssuerDNEnabled is set to true. The name must be 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             * @example test_issue-dn-alias_123456
             */
            XForwardedForClientCertIssuerDNAlias?: string;
            /**
             * @description Specifies whether to use the `X-Forwarded-Clientcert-issuerdn` header to retrieve information about the authority that issued the client certificate. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForClientCertIssuerDNEnabled?: boolean;
            /**
             * @description The name of the custom header. This parameter takes effect only when XForwardedForClientCertSubjectDNEnabled is set to true. The name must be 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             * @example test_subject-dn-alias_123456
             */
            XForwardedForClientCertSubjectDNAlias?: string;
            /**
             * @description Specifies whether to use the `X-Forwarded-Clientcert-subjectdn` header to retrieve information about the owner of the client certificate. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForClientCertSubjectDNEnabled?: boolean;
            /**
             * @description Specifies whether to use the `X-Forwarded-For` header to retrieve the real client IP address behind trusted proxies (see XForwardedForClientSourceIpsTrusted). Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForClientSourceIpsEnabled?: boolean;
            /**
             * @description The trusted proxy IP addresses or CIDR blocks. ALB walks the `X-Forwarded-For` header from the right and returns the first address not in this list as the client IP. (The SDK states no condition and no listener protocol for it.)
             * @example 10.1.1.0/24
             */
            XForwardedForClientSourceIpsTrusted?: string;
            /**
             * @description Specifies whether to use the `X-Forwarded-Client-srcport` header to retrieve the client source port. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForClientSrcPortEnabled?: boolean;
            /**
             * @description Specifies whether to use the `X-Forwarded-For` header to retrieve the client IP address. Valid values: `true` and `false`.
             * @default true
             * @example true
             */
            XForwardedForEnabled?: boolean;
            /**
             * @description Specifies whether to use the `X-Forwarded-Host` header to retrieve the domain name that the client requested. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForHostEnabled?: boolean;
            /**
             * @description How ALB treats the `X-Forwarded-For` header. `append` (default): ALB appends the address of the last hop. `remove`: ALB removes the header before forwarding. Takes effect only when XForwardedForEnabled is `true`. HTTP and HTTPS listeners support this parameter.
             * @default append
             * @example append
             * @enum {string}
             */
            XForwardedForProcessingMode?: "append" | "remove";
            /**
             * @description Specifies whether to use the `X-Forwarded-Proto` header to retrieve the listener protocol of the ALB instance. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForProtoEnabled?: boolean;
            /**
             * @description Specifies whether to use the `SLB-ID` header to retrieve the ID of the ALB instance. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForSLBIdEnabled?: boolean;
            /**
             * @description Specifies whether to use the `X-Forwarded-Port` header to retrieve the listener port of the ALB instance. Valid values: `true` and `false` (default).
             * @default false
             * @example false
             */
            XForwardedForSLBPortEnabled?: boolean;
        };
        /**
         * Tag
         * @description A tag.
         */
        Tag: {
            /**
             * @description The tag key. It can be up to 128 characters in length, cannot start with `aliyun` or `acs:`, and cannot contain `http://` or `https://`.
             * @example env
             */
            Key?: string;
            /**
             * @description The tag value. It can be up to 128 characters in length, cannot start with `aliyun` or `acs:`, and cannot contain `http://` or `https://`.
             * @example prod
             */
            Value?: string;
        };
        /**
         * Tags
         * @description The tags of the listener. No source states how many CreateListener accepts.
         */
        Tags: components["schemas"]["Tag"][];
        /**
         * RequestId
         * @description The ID of the request, an upper-case UUID. Quote it when you ask Alibaba Cloud for help.
         * @example CEF72CEB-54B6-4AE8-B225-F876FF7BA984
         */
        RequestId: string;
        /**
         * CreateListenerResponse
         * @description The result of CreateListener. The listener is being created when this arrives: poll its status with the `ListenerId` or the job with the `JobId`.
         */
        CreateListenerResponse: {
            RequestId: components["schemas"]["RequestId"];
            /**
             * @description The ID of the asynchronous task that creates the listener. Poll it with ListAsynJobs (`JobIds.1=<JobId>`) until its `Status` is `Succeeded`.
             * @example 72dcd26b-f12d-4c27-b3af-18f6aed5a3f1
             */
            JobId: string;
            /**
             * @description The ID of the listener. Current IDs start with `lsn-`; older documentation shows `lsr-`.
             * @example lsn-o4u54y73wq7b7xawmq
             */
            ListenerId: string;
        };
        /**
         * AccessDeniedDetail
         * @description Why a permission check failed. Only permission errors such as `Forbidden.RAM` carry it.
         */
        AccessDeniedDetail: {
            /**
             * @description The RAM action that was checked.
             * @example alb:CreateListener
             */
            AuthAction?: string;
            /**
             * @description The type of the identity that called.
             * @example SubUser
             */
            AuthPrincipalType?: string;
            /**
             * @description The ID of the Alibaba Cloud account that owns the identity.
             * @example 1234567890123456
             */
            AuthPrincipalOwnerId?: string;
            /**
             * @description The display name of the identity.
             * @example frontend-ci
             */
            AuthPrincipalDisplayName?: string;
            /**
             * @description The type of the policy that denied the call.
             * @example AccountLevelIdentityBasedPolicy
             */
            PolicyType?: string;
            /**
             * @description Whether the denial was implicit (no policy allows it) or explicit.
             * @example ImplicitDeny
             */
            NoPermissionType?: string;
            /**
             * @description An encoded diagnostic message that RAM can decode.
             * @example AQIBIAAAAOPdwKY2QLOvgMEc7SkkoJfj1kvZwsaRqNYMh10Tv0wTe0fCzaCdrvgazfNb0EnJKETgXyhR+3BIQjx9WAqZryejBsp1Bl4qI5En/D9dEhcXAtKCxCmE2kZCiEzpy8BoEUt+bs0DmlaGWO5xkEpttypLIB4rUhDvZd+zwPg4EXk4KSSWSWsurxtqDkKEMshKlQFBTKvJcKwyhk62IeYly4hQ+5IpXjkh1GQXuDRCQ==
             */
            EncodedDiagnosticMessage?: string;
        };
        /**
         * ErrorEnvelope
         * @description The one body of every error, from the API gateway or from ALB. In XML the root element is `<Error>`.
         */
        ErrorEnvelope: {
            RequestId: components["schemas"]["RequestId"];
            /**
             * @description The endpoint that answered.
             * @example alb.cn-hangzhou.aliyuncs.com
             */
            HostId?: string;
            /**
             * @description The error code. Each documented code is a named example of the response for its HTTP status.
             * @example ResourceNotFound.LoadBalancer
             */
            Code: string;
            /**
             * @description The error message, the code's message template with the values of this request filled in.
             * @example The specified resource alb-7y0kq0zi6gqgb1hb4w is not found.
             */
            Message: string;
            /**
             * Format: uri
             * @description A link to Alibaba Cloud's troubleshooting page for this code and request.
             * @example https://api.alibabacloud.com/troubleshoot?q=ResourceNotFound.LoadBalancer&product=Alb&requestId=CEF72CEB-54B6-4AE8-B225-F876FF7BA984
             */
            Recommend?: string;
            AccessDeniedDetail?: components["schemas"]["AccessDeniedDetail"];
        };
        /**
         * GetListenerAttributeResponse
         * @description The listener as the service holds it: its configuration and `ListenerStatus`. Poll it after CreateListener until the status is `Running`.
         */
        GetListenerAttributeResponse: {
            /**
             * @description The configurations of the access control lists (ACLs).
             * @example {
             *       "AclRelations": [
             *         {
             *           "AclId": "acl-doc",
             *           "Status": "Associating"
             *         }
             *       ],
             *       "AclType": "White"
             *     }
             */
            AclConfig?: {
                /**
                 * @description The IDs of the ACLs that are associated with the listener.
                 * @example [
                 *       {
                 *         "AclId": "acl-doc",
                 *         "Status": "Associating"
                 *       }
                 *     ]
                 */
                AclRelations?: {
                    /**
                     * @description The ID of the ACL that is associated with the listener.
                     * @example acl-doc
                     */
                    AclId?: string;
                    /**
                     * @description Indicates whether the ACL is associated with the listener. Valid values:
                     *
                     *     *   **Associating**
                     *     *   **Associated**
                     *     *   **Dissociating**
                     * @example Associating
                     */
                    Status?: string;
                }[];
                /**
                 * @description The type of the ACL. Valid values:
                 *
                 *     *   **White**: a whitelist. Only requests from the IP addresses or CIDR blocks in the network ACL are forwarded. Whitelists are applicable to scenarios in which you want to allow only specific IP addresses to access an application. Your service may be adversely affected if the whitelist is not properly configured. If a whitelist is configured for a listener, only requests from IP addresses that are on the whitelist are forwarded by the listener.
                 *
                 *         If you enable a whitelist but do not add an IP address to the whitelist, the listener forwards all requests.
                 *
                 *     *   **Black**: a blacklist. Requests from the IP addresses or CIDR blocks in the network ACL are denied. Blacklists are suitable for scenarios in which you want to deny access from specific IP addresses or CIDR blocks to an application.
                 *
                 *         If a blacklist is configured for a listener but no IP addresses are added to the blacklist, the listener forwards all requests.
                 * @example White
                 */
                AclType?: string;
            };
            /**
             * @description The resources associated with the listener (the older official Go SDK returns them; the newer SDKs do not model them).
             * @example []
             */
            AssociatedResources?: {
                /**
                 * @description The type of the associated resource.
                 * @example ACK
                 */
                AssociatedResourceType?: string;
                /**
                 * @description The ID of the associated resource.
                 * @example c4d1f8f0a2b3e4d5f6a7b8c9d0e1f2a3b
                 */
                AssociatedResourceId?: string;
                /**
                 * @description The ID of the policy that associates the resource.
                 * @example policy-o4u54y73wq7b7xawmq
                 */
                PolicyId?: string;
                /**
                 * @description How the resource is associated.
                 * @example Managed
                 */
                AssociatedMode?: string;
                /**
                 * @description The status of the association.
                 * @example Associated
                 */
                Status?: string;
            }[];
            /**
             * @description A list of default CA certificates.
             * @example [
             *       {
             *         "CertificateId": "139a00604bd-cn-east-hangzho",
             *         "IsDefault": true,
             *         "Status": "Associated"
             *       }
             *     ]
             */
            CaCertificates?: {
                /**
                 * @description The ID of the default CA certificate.
                 * @example 139a00604bd-cn-east-hangzho
                 */
                CertificateId?: string;
                /**
                 * @description Indicates whether the certificate is a default certificate: Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 * @example true
                 */
                IsDefault?: boolean;
                /**
                 * @description The status of the certificate.
                 * @example Associated
                 */
                Status?: string;
            }[];
            /**
             * @description Indicates whether mutual authentication is enabled. Valid values:
             *
             *     *   **true**
             *     *   **false**
             * @example false
             */
            CaEnabled?: boolean;
            /**
             * @description A list of certificates.
             * @example [
             *       {
             *         "CertificateId": "12315790212_166f8204689_1714763408_70998"
             *       }
             *     ]
             */
            Certificates?: {
                /**
                 * @description The ID of the certificate. Only server certificates are supported.
                 * @example 12315790212_166f8204689_1714763408_70998
                 */
                CertificateId?: string;
            }[];
            /**
             * @description The actions of the default forwarding rule.
             * @example [
             *       {
             *         "ForwardGroupConfig": {
             *           "ServerGroupTuples": [
             *             {
             *               "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
             *             }
             *           ]
             *         },
             *         "Type": "ForwardGroup"
             *       }
             *     ]
             */
            DefaultActions?: {
                /**
                 * @description The configuration of the ForwardGroup action. This parameter is returned and takes effect when Type is set to **ForwardGroup**.
                 * @example {
                 *       "ServerGroupTuples": [
                 *         {
                 *           "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
                 *         }
                 *       ]
                 *     }
                 */
                ForwardGroupConfig?: {
                    /**
                     * @description The server group to which requests are forwarded.
                     * @example [
                     *       {
                     *         "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
                     *       }
                     *     ]
                     */
                    ServerGroupTuples?: {
                        /**
                         * @description The ID of the server group to which requests are forwarded.
                         * @example sgp-8ilqs4axp6bc2lfcxs
                         */
                        ServerGroupId?: string;
                    }[];
                };
                /**
                 * @description The type of the action.
                 *
                 *     If **ForwardGroup** is returned, requests are forwarded to multiple vServer groups.
                 * @example ForwardGroup
                 */
                Type?: string;
            }[];
            /**
             * @description Indicates whether GZIP compression is enabled to compress specific types of files. Valid values:
             *
             *     *   **true**
             *     *   **false**
             * @example true
             */
            GzipEnabled?: boolean;
            /**
             * @description Indicates whether HTTP/2 is enabled. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example true
             */
            Http2Enabled?: boolean;
            /**
             * @description The timeout period of an idle connection. Unit: seconds.
             *
             *     If no requests are received within the specified timeout period, Application Load Balancer (ALB) closes the current connection. When a request is received, ALB establishes a new connection.
             * @example 2
             */
            IdleTimeout?: number;
            /**
             * @description The name of the listener.
             * @example test
             */
            ListenerDescription?: string;
            /**
             * @description The ID of the listener.
             * @example lsn-o4u54y73wq7b7xawmq
             */
            ListenerId?: string;
            /**
             * @description The frontend port that is used by the ALB instance.
             * @example 80
             */
            ListenerPort?: number;
            /**
             * @description The listener protocol. Valid values: **HTTP**, **HTTPS**, and **QUIC**.
             * @example HTTP
             */
            ListenerProtocol?: string;
            /**
             * @description The status of the listener. Valid values:
             *
             *     *   **Provisioning**
             *     *   **Running**
             *     *   **Configuring**
             *     *   **Stopped**
             * @example Running
             * @enum {string}
             */
            ListenerStatus?: "Provisioning" | "Running" | "Configuring" | "Stopped";
            /**
             * @description The ALB instance ID.
             * @example alb-7y0kq0zi6gqgb1hb4w
             */
            LoadBalancerId?: string;
            /**
             * @description The logging configuration.
             * @example {
             *       "AccessLogRecordCustomizedHeadersEnabled": true,
             *       "AccessLogTracingConfig": {
             *         "TracingEnabled": true,
             *         "TracingSample": 100,
             *         "TracingType": "Zipkin"
             *       }
             *     }
             */
            LogConfig?: {
                /**
                 * @description Indicates whether custom headers are recorded in the access log. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 * @example true
                 */
                AccessLogRecordCustomizedHeadersEnabled?: boolean;
                /**
                 * @description The configuration of Xtrace. Xtrace is used to record requests sent to ALB.
                 * @example {
                 *       "TracingEnabled": true,
                 *       "TracingSample": 100,
                 *       "TracingType": "Zipkin"
                 *     }
                 */
                AccessLogTracingConfig?: {
                    /**
                     * @description Indicates whether Xtrace is enabled. Valid values:
                     *
                     *     *   **true**
                     *     *   **false**
                     *
                     *     > You can set this parameter to **true** only if the AccessLogEnabled parameter is set to true.
                     * @example true
                     */
                    TracingEnabled?: boolean;
                    /**
                     * @description The sampling rate of Xtrace. Valid values: 1 to 10000.
                     *
                     *     > If **TracingEnabled** is set to **true**, this parameter is valid.
                     * @example 100
                     */
                    TracingSample?: number;
                    /**
                     * @description The Xtrace type. Supported Xtrace type: **Zipkin**.
                     *
                     *     > If **TracingEnabled** is set to **true**, this parameter is valid.
                     * @example Zipkin
                     */
                    TracingType?: string;
                };
            };
            /**
             * @description The configuration information when the listener is associated with a QUIC listener.
             * @example {
             *       "QuicListenerId": "lsn-333",
             *       "QuicUpgradeEnabled": true
             *     }
             */
            QuicConfig?: {
                /**
                 * @description The ID of the QUIC listener. This parameter is returned when **QuicUpgradeEnabled** is set to **true**. Only HTTPS listeners support this parameter.
                 *
                 *     > You must associate the HTTPS listener and the QUIC listener with the same ALB instance. In addition, make sure that the QUIC listener has never been associated with another listener.
                 * @example lsn-333
                 */
                QuicListenerId?: string;
                /**
                 * @description Indicates whether QUIC upgrade is enabled. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > Only HTTPS listeners support this parameter.
                 * @example true
                 */
                QuicUpgradeEnabled?: boolean;
            };
            RequestId: components["schemas"]["RequestId"];
            /**
             * @description The timeout period of a request. Unit: seconds.
             *
             *     If no responses are received from the backend server within the specified timeout period, ALB returns an `HTTP 504` error code to the client.
             * @example 34
             */
            RequestTimeout?: number;
            /**
             * @description The security policy.
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example tls_cipher_policy_1_1
             */
            SecurityPolicyId?: string;
            /**
             * @description Whether the listener is managed by an Alibaba Cloud service (the older official Go SDK returns it; the newer SDKs do not model it).
             * @example false
             */
            ServiceManagedEnabled?: boolean;
            /**
             * @description How a managed listener is managed (the older official Go SDK returns it; the newer SDKs do not model it).
             * @example Managed
             */
            ServiceManagedMode?: string;
            /**
             * @description The tags.
             * @example [
             *       {
             *         "Key": "env",
             *         "Value": "product"
             *       }
             *     ]
             */
            Tags?: {
                /**
                 * @description The tag key. The tag key can be up to 128 characters in length and cannot start with `acs:` or `aliyun`. It cannot contain `http://` or `https://`.
                 * @example env
                 */
                Key?: string;
                /**
                 * @description The tag value. The tag value can be up to 128 characters in length and cannot start with `acs:` or `aliyun`. It cannot contain `http://` or `https://`.
                 * @example product
                 */
                Value?: string;
            }[];
            /**
             * @description The configuration of the XForward headers.
             * @example {
             *       "XForwardedForClientCertClientVerifyAlias": "test_client-verify-alias_123456",
             *       "XForwardedForClientCertClientVerifyEnabled": true,
             *       "XForwardedForClientCertFingerprintAlias": "test_finger-print-alias_123456",
             *       "XForwardedForClientCertFingerprintEnabled": true,
             *       "XForwardedForClientCertIssuerDNAlias": "test_issue-dn-alias_123456",
             *       "XForwardedForClientCertIssuerDNEnabled": true,
             *       "XForwardedForClientCertSubjectDNAlias": "test_subject-dn-alias_123456",
             *       "XForwardedForClientCertSubjectDNEnabled": true,
             *       "XForwardedForClientSourceIpsEnabled": false,
             *       "XForwardedForClientSourceIpsTrusted": "10.1.1.0/24",
             *       "XForwardedForClientSrcPortEnabled": true,
             *       "XForwardedForEnabled": true,
             *       "XForwardedForHostEnabled": false,
             *       "XForwardedForProcessingMode": "append",
             *       "XForwardedForProtoEnabled": true,
             *       "XForwardedForSLBIdEnabled": true,
             *       "XForwardedForSLBPortEnabled": true
             *     }
             */
            XForwardedForConfig?: {
                /**
                 * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertClientVerifyEnabled** is set to **true**.
                 *
                 *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example test_client-verify-alias_123456
                 */
                XForwardedForClientCertClientVerifyAlias?: string;
                /**
                 * @description Indicates whether the `X-Forwarded-Clientcert-clientverify` header is used to retrieve the verification result of the client certificate. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example true
                 */
                XForwardedForClientCertClientVerifyEnabled?: boolean;
                /**
                 * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertFingerprintEnabled** is set to **true**.
                 *
                 *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example test_finger-print-alias_123456
                 */
                XForwardedForClientCertFingerprintAlias?: string;
                /**
                 * @description Indicates whether the `X-Forwarded-Clientcert-fingerprint` header is used to retrieve the fingerprint of the client certificate. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example true
                 */
                XForwardedForClientCertFingerprintEnabled?: boolean;
                /**
                 * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertIssuerDNEnabled** is set to **true**.
                 *
                 *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example test_issue-dn-alias_123456
                 */
                XForwardedForClientCertIssuerDNAlias?: string;
                /**
                 * @description Indicates whether the `X-Forwarded-Clientcert-issuerdn` header is used to retrieve information about the authority that issues the client certificate. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example true
                 */
                XForwardedForClientCertIssuerDNEnabled?: boolean;
                /**
                 * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertSubjectDNEnabled** is set to **true**.
                 *
                 *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example test_subject-dn-alias_123456
                 */
                XForwardedForClientCertSubjectDNAlias?: string;
                /**
                 * @description Indicates whether the `X-Forwarded-Clientcert-subjectdn` header is used to retrieve information about the owner of the client certificate. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTPS listener.
                 * @example true
                 */
                XForwardedForClientCertSubjectDNEnabled?: boolean;
                /**
                 * @description Indicates whether the `X-Forwarded-Client-Ip` header is used to retrieve the source port of the ALB instance. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
                 * @example false
                 */
                XForwardedForClientSourceIpsEnabled?: boolean;
                /**
                 * @description The trusted proxy IP address.
                 *
                 *     ALB traverses `X-Forwarded-For` backward and selects the first IP address that is not on the trusted IP address list as the real IP address of the client. The IP address is used in source IP address throttling.
                 * @example 10.1.1.0/24
                 */
                XForwardedForClientSourceIpsTrusted?: string;
                /**
                 * @description Indicates whether the `X-Forwarded-Client-Port` header is used to retrieve the client port. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTP or HTTPS listener.
                 * @example true
                 */
                XForwardedForClientSrcPortEnabled?: boolean;
                /**
                 * @description Indicates whether the `X-Forwarded-For` header is used to retrieve the client IP address. Valid values:
                 *
                 *     *   **true** (default)
                 *     *   **false**
                 *
                 *     > *   If this parameter is set to **true**, the default value of the **XForwardedForProcessingMode** parameter is **append**. You can change it to **remove**.
                 *     > *   If this parameter is set to **false**, the `X-Forwarded-For` header in the request is not modified in any way before the request is sent to backend servers.
                 *     > *   This parameter is only available for HTTP and HTTPS listeners.
                 * @example true
                 */
                XForwardedForEnabled?: boolean;
                /**
                 * @description Specifies whether to use the `X-Forwarded-Host` header to retrieve the client domain name. Valid values:
                 *
                 *     *   **true**
                 *     *   **false** (default)
                 *
                 *     >  This parameter is available for HTTP, HTTPS, and QUIC listeners.
                 * @example false
                 */
                XForwardedForHostEnabled?: boolean;
                /**
                 * @description Specifies how the `X-Forwarded-For` header is processed. This parameter takes effect only when **XForwardedForEnabled** is set to **true**. Valid values:
                 *
                 *     *   **append** (default)
                 *     *   **remove**
                 *
                 *     > *   If this parameter is set to **append**, ALB appends the IP address of the last hop to the existing `X-Forwarded-For` header in the request before the request is sent to backend servers.
                 *     > *   If this parameter is set to **remove**, ALB removes the `X-Forwarded-For` header in the request before the request is sent to backend servers, no matter whether the request carries the `X-Forwarded-For` header.
                 *     > *   This parameter is only available for HTTP and HTTPS listeners.
                 * @example append
                 */
                XForwardedForProcessingMode?: string;
                /**
                 * @description Indicates whether the `X-Forwarded-Proto` header is used to retrieve the listening protocol. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
                 * @example true
                 */
                XForwardedForProtoEnabled?: boolean;
                /**
                 * @description Indicates whether the `SLB-ID` header is used to retrieve the ID of the CLB instance. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
                 * @example true
                 */
                XForwardedForSLBIdEnabled?: boolean;
                /**
                 * @description Indicates whether the `X-Forwarded-Port` header is used to retrieve the listening port of the ALB instance. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
                 * @example true
                 */
                XForwardedForSLBPortEnabled?: boolean;
            };
        };
        /**
         * ListAsynJobsResponse
         * @description Asynchronous tasks (jobs) and their status. A CreateListener job is `Processing` until it ends `Succeeded` or `Failed` (then with `ErrorCode` and `ErrorMessage`).
         */
        ListAsynJobsResponse: {
            /**
             * @description The tasks, newest first ("The tasks are listed in reverse chronological order": the older ListAsynJobs reference page).
             * @example [
             *       {
             *         "ApiName": "CreateLoadBalancer",
             *         "CreateTime": 2134663231234,
             *         "ErrorCode": "506",
             *         "ErrorMessage": "AllocateEipAddress Failed",
             *         "Id": "72dcd26b-f12d-4c27-b3af-18f6aed5a3f1",
             *         "ModifyTime": 2144663233315,
             *         "OperateType": "Create",
             *         "ResourceId": "lsn-o4u54y73wq7b7xawmq",
             *         "ResourceType": "acl",
             *         "Status": "Succeeded"
             *       }
             *     ]
             */
            Jobs?: {
                /**
                 * @description The name of the operation.
                 * @example CreateLoadBalancer
                 */
                ApiName?: string;
                /**
                 * @description The timestamp that indicates the start time of the task. Unit: milliseconds.
                 *
                 *     This value is a UNIX timestamp representing the number of milliseconds that have elapsed since the epoch time January 1, 1970, 00:00:00 UTC.
                 * @example 2134663231234
                 */
                CreateTime?: number;
                /**
                 * @description If the value of **Status** is Failed, an error code is returned.
                 * @example 506
                 */
                ErrorCode?: string;
                /**
                 * @description If the value of **Status** is Failed, an error message is returned.
                 * @example AllocateEipAddress Failed
                 */
                ErrorMessage?: string;
                /**
                 * @description The task ID.
                 * @example 72dcd26b-f12d-4c27-b3af-18f6aed5a3f1
                 */
                Id?: string;
                /**
                 * @description The timestamp that indicates the end time of the task. Unit: milliseconds.
                 *
                 *     This value is a UNIX timestamp representing the number of milliseconds that have elapsed since the epoch time January 1, 1970, 00:00:00 UTC.
                 * @example 2144663233315
                 */
                ModifyTime?: number;
                /**
                 * @description The type of the operation. Valid values:
                 *
                 *     *   **Create**
                 *     *   **Update**
                 *     *   **Delete**
                 * @example Create
                 * @enum {string}
                 */
                OperateType?: "Create" | "Update" | "Delete";
                /**
                 * @description The associated resource ID.
                 * @example lsn-o4u54y73wq7b7xawmq
                 */
                ResourceId?: string;
                /**
                 * @description The type of the associated resource. Valid values:
                 *
                 *     *   **loadbalancer**: an ALB instance
                 *     *   **listener**: a listener
                 *     *   **rule**: a forwarding rule
                 *     *   **acl**: an ACL
                 *     *   **securitypolicy**: a security policy
                 *     *   **servergroup**: a server group
                 * @example acl
                 * @enum {string}
                 */
                ResourceType?: "loadbalancer" | "listener" | "rule" | "acl" | "securitypolicy" | "servergroup";
                /**
                 * @description The status of the task. Valid values:
                 *
                 *     *   **Succeeded**
                 *     *   **Failed**
                 *     *   **Processing**
                 * @example Succeeded
                 * @enum {string}
                 */
                Status?: "Succeeded" | "Failed" | "Processing";
            }[];
            /**
             * @description The number of entries per page.
             * @example 10
             */
            MaxResults?: number;
            /**
             * @description A pagination token. It can be used in the next request to retrieve a new page of results. Valid values:
             *
             *     *   If **NextToken** is empty, no next page exists.
             *     *   If a value is returned for **NextToken**, the value is the token that determines the start point of the next query.
             * @example FFmyTO70tTpLG6I3FmYAXGKPd
             */
            NextToken?: string;
            RequestId: components["schemas"]["RequestId"];
            /**
             * @description The total number of entries returned.
             * @example 1000
             */
            TotalCount?: number;
        };
        /**
         * @description The actions of the default forwarding rule.
         * @example [
         *       {
         *         "ForwardGroupConfig": {
         *           "ServerGroupTuples": [
         *             {
         *               "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
         *             }
         *           ]
         *         },
         *         "Type": "ForwardGroup"
         *       }
         *     ]
         */
        "DefaultActions-2": {
            /**
             * @description The configuration of the ForwardGroup action. This parameter is returned and takes effect when Type is set to **ForwardGroup**.
             * @example {
             *       "ServerGroupTuples": [
             *         {
             *           "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
             *         }
             *       ]
             *     }
             */
            ForwardGroupConfig?: {
                /**
                 * @description The server group to which requests are forwarded.
                 * @example [
                 *       {
                 *         "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
                 *       }
                 *     ]
                 */
                ServerGroupTuples?: {
                    /**
                     * @description The ID of the server group to which requests are forwarded.
                     * @example sgp-8ilqs4axp6bc2lfcxs
                     */
                    ServerGroupId?: string;
                }[];
            };
            /**
             * @description The type of the action.
             *
             *     If **ForwardGroup** is returned, requests are forwarded to multiple vServer groups.
             * @example ForwardGroup
             */
            Type?: string;
        }[];
        /**
         * @description Indicates whether GZIP compression is enabled to compress specific types of files. Valid values:
         *
         *     *   **true**
         *     *   **false**
         * @example true
         */
        GzipEnabled: boolean;
        /**
         * @description Indicates whether HTTP/2 is enabled. Valid values:
         *
         *     *   **true**
         *     *   **false**
         *
         *     > This parameter is available only when you create an HTTPS listener.
         * @example true
         */
        Http2Enabled: boolean;
        /**
         * @description The timeout period of an idle connection. Unit: seconds.
         *
         *     If no requests are received within the specified timeout period, Application Load Balancer (ALB) closes the current connection. When a request is received, ALB establishes a new connection.
         * @example 2
         */
        IdleTimeout: number;
        /**
         * @description The name of the listener.
         * @example test
         */
        ListenerDescription: string;
        /**
         * @description The ID of the listener.
         * @example lsn-o4u54y73wq7b7xawmq
         */
        ListenerId: string;
        /**
         * @description The frontend port that is used by the ALB instance.
         * @example 80
         */
        ListenerPort: number;
        /**
         * @description The listener protocol. Valid values: **HTTP**, **HTTPS**, and **QUIC**.
         * @example HTTP
         */
        ListenerProtocol: string;
        /**
         * @description The status of the listener. Valid values:
         *
         *     *   **Provisioning**
         *     *   **Running**
         *     *   **Configuring**
         *     *   **Stopped**
         * @example Running
         * @enum {string}
         */
        ListenerStatus: "Provisioning" | "Running" | "Configuring" | "Stopped";
        /**
         * @description The ALB instance ID.
         * @example alb-7y0kq0zi6gqgb1hb4w
         */
        LoadBalancerId: string;
        /**
         * @description The logging configuration.
         * @example {
         *       "AccessLogRecordCustomizedHeadersEnabled": true,
         *       "AccessLogTracingConfig": {
         *         "TracingEnabled": true,
         *         "TracingSample": 100,
         *         "TracingType": "Zipkin"
         *       }
         *     }
         */
        LogConfig: {
            /**
             * @description Indicates whether custom headers are recorded in the access log. Valid values:
             *
             *     *   **true**
             *     *   **false**
             * @example true
             */
            AccessLogRecordCustomizedHeadersEnabled?: boolean;
            /**
             * @description The configuration of Xtrace. Xtrace is used to record requests sent to ALB.
             * @example {
             *       "TracingEnabled": true,
             *       "TracingSample": 100,
             *       "TracingType": "Zipkin"
             *     }
             */
            AccessLogTracingConfig?: {
                /**
                 * @description Indicates whether Xtrace is enabled. Valid values:
                 *
                 *     *   **true**
                 *     *   **false**
                 *
                 *     > You can set this parameter to **true** only if the AccessLogEnabled parameter is set to true.
                 * @example true
                 */
                TracingEnabled?: boolean;
                /**
                 * @description The sampling rate of Xtrace. Valid values: 1 to 10000.
                 *
                 *     > If **TracingEnabled** is set to **true**, this parameter is valid.
                 * @example 100
                 */
                TracingSample?: number;
                /**
                 * @description The Xtrace type. Supported Xtrace type: **Zipkin**.
                 *
                 *     > If **TracingEnabled** is set to **true**, this parameter is valid.
                 * @example Zipkin
                 */
                TracingType?: string;
            };
        };
        /**
         * @description The configuration information when the listener is associated with a QUIC listener.
         * @example {
         *       "QuicListenerId": "lsn-333",
         *       "QuicUpgradeEnabled": true
         *     }
         */
        "QuicConfig-2": {
            /**
             * @description The ID of the QUIC listener. This parameter is returned when **QuicUpgradeEnabled** is set to **true**. Only HTTPS listeners support this parameter.
             *
             *     > You must associate the HTTPS listener and the QUIC listener with the same ALB instance. In addition, make sure that the QUIC listener has never been associated with another listener.
             * @example lsn-333
             */
            QuicListenerId?: string;
            /**
             * @description Indicates whether QUIC upgrade is enabled. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > Only HTTPS listeners support this parameter.
             * @example true
             */
            QuicUpgradeEnabled?: boolean;
        };
        /**
         * @description The timeout period of a request. Unit: seconds.
         *
         *     If no responses are received from the backend server within the specified timeout period, ALB returns an `HTTP 504` error code to the client.
         * @example 34
         */
        RequestTimeout: number;
        /**
         * @description The security policy.
         *
         *     > This parameter is available only when you create an HTTPS listener.
         * @example tls_cipher_policy_1_1
         */
        SecurityPolicyId: string;
        /**
         * @description The tags.
         * @example [
         *       {
         *         "Key": "env",
         *         "Value": "product"
         *       }
         *     ]
         */
        "Tags-2": {
            /**
             * @description The tag key. The tag key can be up to 128 characters in length and cannot start with `acs:` or `aliyun`. It cannot contain `http://` or `https://`.
             * @example env
             */
            Key?: string;
            /**
             * @description The tag value. The tag value can be up to 128 characters in length and cannot start with `acs:` or `aliyun`. It cannot contain `http://` or `https://`.
             * @example product
             */
            Value?: string;
        }[];
        /**
         * @description The configuration of the XForward headers.
         * @example {
         *       "XForwardedForClientCertClientVerifyAlias": "test_client-verify-alias_123456",
         *       "XForwardedForClientCertClientVerifyEnabled": true,
         *       "XForwardedForClientCertFingerprintAlias": "test_finger-print-alias_123456",
         *       "XForwardedForClientCertFingerprintEnabled": true,
         *       "XForwardedForClientCertIssuerDNAlias": "test_issue-dn-alias_123456",
         *       "XForwardedForClientCertIssuerDNEnabled": true,
         *       "XForwardedForClientCertSubjectDNAlias": "test_subject-dn-alias_123456",
         *       "XForwardedForClientCertSubjectDNEnabled": true,
         *       "XForwardedForClientSourceIpsEnabled": false,
         *       "XForwardedForClientSourceIpsTrusted": "10.1.1.0/24",
         *       "XForwardedForClientSrcPortEnabled": true,
         *       "XForwardedForEnabled": true,
         *       "XForwardedForHostEnabled": false,
         *       "XForwardedForProcessingMode": "append",
         *       "XForwardedForProtoEnabled": true,
         *       "XForwardedForSLBIdEnabled": true,
         *       "XForwardedForSLBPortEnabled": true
         *     }
         */
        "XForwardedForConfig-2": {
            /**
             * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertClientVerifyEnabled** is set to **true**.
             *
             *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example test_client-verify-alias_123456
             */
            XForwardedForClientCertClientVerifyAlias?: string;
            /**
             * @description Indicates whether the `X-Forwarded-Clientcert-clientverify` header is used to retrieve the verification result of the client certificate. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example true
             */
            XForwardedForClientCertClientVerifyEnabled?: boolean;
            /**
             * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertFingerprintEnabled** is set to **true**.
             *
             *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example test_finger-print-alias_123456
             */
            XForwardedForClientCertFingerprintAlias?: string;
            /**
             * @description Indicates whether the `X-Forwarded-Clientcert-fingerprint` header is used to retrieve the fingerprint of the client certificate. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example true
             */
            XForwardedForClientCertFingerprintEnabled?: boolean;
            /**
             * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertIssuerDNEnabled** is set to **true**.
             *
             *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example test_issue-dn-alias_123456
             */
            XForwardedForClientCertIssuerDNAlias?: string;
            /**
             * @description Indicates whether the `X-Forwarded-Clientcert-issuerdn` header is used to retrieve information about the authority that issues the client certificate. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example true
             */
            XForwardedForClientCertIssuerDNEnabled?: boolean;
            /**
             * @description The name of the custom header. This parameter takes effect only when **XForwardedForClientCertSubjectDNEnabled** is set to **true**.
             *
             *     The name is 1 to 40 characters in length, and can contain lowercase letters, hyphens (-), underscores (_), and digits.
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example test_subject-dn-alias_123456
             */
            XForwardedForClientCertSubjectDNAlias?: string;
            /**
             * @description Indicates whether the `X-Forwarded-Clientcert-subjectdn` header is used to retrieve information about the owner of the client certificate. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTPS listener.
             * @example true
             */
            XForwardedForClientCertSubjectDNEnabled?: boolean;
            /**
             * @description Indicates whether the `X-Forwarded-Client-Ip` header is used to retrieve the source port of the ALB instance. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
             * @example false
             */
            XForwardedForClientSourceIpsEnabled?: boolean;
            /**
             * @description The trusted proxy IP address.
             *
             *     ALB traverses `X-Forwarded-For` backward and selects the first IP address that is not on the trusted IP address list as the real IP address of the client. The IP address is used in source IP address throttling.
             * @example 10.1.1.0/24
             */
            XForwardedForClientSourceIpsTrusted?: string;
            /**
             * @description Indicates whether the `X-Forwarded-Client-Port` header is used to retrieve the client port. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTP or HTTPS listener.
             * @example true
             */
            XForwardedForClientSrcPortEnabled?: boolean;
            /**
             * @description Indicates whether the `X-Forwarded-For` header is used to retrieve the client IP address. Valid values:
             *
             *     *   **true** (default)
             *     *   **false**
             *
             *     > *   If this parameter is set to **true**, the default value of the **XForwardedForProcessingMode** parameter is **append**. You can change it to **remove**.
             *     > *   If this parameter is set to **false**, the `X-Forwarded-For` header in the request is not modified in any way before the request is sent to backend servers.
             *     > *   This parameter is only available for HTTP and HTTPS listeners.
             * @example true
             */
            XForwardedForEnabled?: boolean;
            /**
             * @description Specifies whether to use the `X-Forwarded-Host` header to retrieve the client domain name. Valid values:
             *
             *     *   **true**
             *     *   **false** (default)
             *
             *     >  This parameter is available for HTTP, HTTPS, and QUIC listeners.
             * @example false
             */
            XForwardedForHostEnabled?: boolean;
            /**
             * @description Specifies how the `X-Forwarded-For` header is processed. This parameter takes effect only when **XForwardedForEnabled** is set to **true**. Valid values:
             *
             *     *   **append** (default)
             *     *   **remove**
             *
             *     > *   If this parameter is set to **append**, ALB appends the IP address of the last hop to the existing `X-Forwarded-For` header in the request before the request is sent to backend servers.
             *     > *   If this parameter is set to **remove**, ALB removes the `X-Forwarded-For` header in the request before the request is sent to backend servers, no matter whether the request carries the `X-Forwarded-For` header.
             *     > *   This parameter is only available for HTTP and HTTPS listeners.
             * @example append
             */
            XForwardedForProcessingMode?: string;
            /**
             * @description Indicates whether the `X-Forwarded-Proto` header is used to retrieve the listening protocol. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
             * @example true
             */
            XForwardedForProtoEnabled?: boolean;
            /**
             * @description Indicates whether the `SLB-ID` header is used to retrieve the ID of the CLB instance. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
             * @example true
             */
            XForwardedForSLBIdEnabled?: boolean;
            /**
             * @description Indicates whether the `X-Forwarded-Port` header is used to retrieve the listening port of the ALB instance. Valid values:
             *
             *     *   **true**
             *     *   **false**
             *
             *     > This parameter is available only when you create an HTTP, HTTPS, or QUIC listener.
             * @example true
             */
            XForwardedForSLBPortEnabled?: boolean;
        };
        /**
         * ListedListener
         * @description A listener as ListListeners lists it, each field as GetListenerAttribute describes it (the SDK's ListListenersResponseBodyListeners has these fields; GetListenerAttribute has more).
         */
        ListedListener: {
            DefaultActions?: components["schemas"]["DefaultActions-2"];
            GzipEnabled?: components["schemas"]["GzipEnabled"];
            Http2Enabled?: components["schemas"]["Http2Enabled"];
            IdleTimeout?: components["schemas"]["IdleTimeout"];
            ListenerDescription?: components["schemas"]["ListenerDescription"];
            ListenerId?: components["schemas"]["ListenerId"];
            ListenerPort?: components["schemas"]["ListenerPort"];
            ListenerProtocol?: components["schemas"]["ListenerProtocol"];
            ListenerStatus?: components["schemas"]["ListenerStatus"];
            LoadBalancerId?: components["schemas"]["LoadBalancerId"];
            LogConfig?: components["schemas"]["LogConfig"];
            QuicConfig?: components["schemas"]["QuicConfig-2"];
            RequestTimeout?: components["schemas"]["RequestTimeout"];
            SecurityPolicyId?: components["schemas"]["SecurityPolicyId"];
            Tags?: components["schemas"]["Tags-2"];
            XForwardedForConfig?: components["schemas"]["XForwardedForConfig-2"];
        };
        /**
         * ListListenersResponse
         * @description One page of listeners, in a stable order: page on with `NextToken` until it is absent.
         */
        ListListenersResponse: {
            /**
             * @description The listeners of this page.
             * @example [
             *       {
             *         "ListenerId": "lsn-o4u54y73wq7b7xawmq",
             *         "LoadBalancerId": "alb-7y0kq0zi6gqgb1hb4w",
             *         "ListenerPort": 80,
             *         "ListenerProtocol": "HTTP",
             *         "ListenerStatus": "Running"
             *       }
             *     ]
             */
            Listeners?: components["schemas"]["ListedListener"][];
            /**
             * @description The number of entries per page, as asked for (or the default, 20).
             * @example 20
             */
            MaxResults?: number;
            /**
             * @description The token of the next page; absent on the last page.
             * @example FFmyTO70tTpLG6I3FmYAXGKPd
             */
            NextToken?: string;
            RequestId: components["schemas"]["RequestId"];
            /**
             * @description The number of listeners that match the query, over every page.
             * @example 1
             */
            TotalCount?: number;
        };
        /**
         * @description The ID of the asynchronous task (job) the write started. Poll it with ListAsynJobs (`JobIds.1=<JobId>`) until its `Status` is `Succeeded` (or `Failed`).
         * @example 72dcd26b-f12d-4c27-b3af-18f6aed5a3f1
         */
        JobId: string;
        /**
         * UpdateListenerAttributeResponse
         * @description The result of UpdateListenerAttribute. The change is being applied: the listener is `Configuring` until the job ends, then back to `Running` (or `Stopped`) with the new attributes.
         */
        UpdateListenerAttributeResponse: {
            RequestId: components["schemas"]["RequestId"];
            JobId: components["schemas"]["JobId"];
        };
        /**
         * StopListenerResponse
         * @description The result of StopListener. The listener is being stopped: `Stopped` once the job ends.
         */
        StopListenerResponse: {
            RequestId: components["schemas"]["RequestId"];
            JobId: components["schemas"]["JobId"];
        };
        /**
         * StartListenerResponse
         * @description The result of StartListener. The listener is being started: `Running` once the job ends.
         */
        StartListenerResponse: {
            RequestId: components["schemas"]["RequestId"];
            JobId: components["schemas"]["JobId"];
        };
        /**
         * DeleteListenerResponse
         * @description The result of DeleteListener. The listener is being deleted: once the job ends, GetListenerAttribute answers `ResourceNotFound.Listener` and its port is free.
         */
        DeleteListenerResponse: {
            RequestId: components["schemas"]["RequestId"];
            JobId: components["schemas"]["JobId"];
        };
    };
    responses: {
        /** @description The listener is being created. JSON by default; XML (`<CreateListenerResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        CreateListenerOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["CreateListenerResponse"];
                "text/xml": components["schemas"]["CreateListenerResponse"];
            };
        };
        /** @description The request was rejected: a parameter, signature, quota, state or DryRun outcome. `Code` says which. */
        BadRequest: {
            headers: {
                "x-acs-retry-after": components["headers"]["x-acs-retry-after"];
                "x-ratelimit-user-api": components["headers"]["x-ratelimit-user-api"];
                "x-ratelimit-user": components["headers"]["x-ratelimit-user"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The caller may not perform this action. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The action, AccessKey or a resource named by the request does not exist. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The service failed. Retry; a write (an action that takes a ClientToken) retries with the same ClientToken. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The service is temporarily unavailable. Retry; a write (an action that takes a ClientToken) retries with the same ClientToken. */
        ServiceUnavailable: {
            headers: {
                "x-acs-retry-after": components["headers"]["x-acs-retry-after"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The listener CreateListener made, once its job has finished. JSON by default; XML (`<GetListenerAttributeResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        GetListenerAttributeOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["GetListenerAttributeResponse"];
                "text/xml": components["schemas"]["GetListenerAttributeResponse"];
            };
        };
        /** @description The request was rejected: a parameter, the signature, or throttling. `Code` says which. (The 400s of an action that only reads: no business error.) */
        QueryBadRequest: {
            headers: {
                "x-acs-retry-after": components["headers"]["x-acs-retry-after"];
                "x-ratelimit-user-api": components["headers"]["x-ratelimit-user-api"];
                "x-ratelimit-user": components["headers"]["x-ratelimit-user"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The listener, the action or the AccessKey does not exist. */
        ListenerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The job CreateListener returned, polled by its JobId until it is Succeeded. JSON by default; XML (`<ListAsynJobsResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        ListAsynJobsOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListAsynJobsResponse"];
                "text/xml": components["schemas"]["ListAsynJobsResponse"];
            };
        };
        /** @description The action or the AccessKey does not exist. */
        GatewayNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description One page of listeners. JSON by default; XML (`<ListListenersResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        ListListenersOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ListListenersResponse"];
                "text/xml": components["schemas"]["ListListenersResponse"];
            };
        };
        /** @description The listener is being changed. JSON by default; XML (`<UpdateListenerAttributeResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        UpdateListenerAttributeOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UpdateListenerAttributeResponse"];
                "text/xml": components["schemas"]["UpdateListenerAttributeResponse"];
            };
        };
        /** @description The request was rejected: a parameter, a resource it names, a quota, the listener's or its load balancer's status, or the DryRun outcome. `Code` says which. */
        UpdateListenerBadRequest: {
            headers: {
                "x-acs-retry-after": components["headers"]["x-acs-retry-after"];
                "x-ratelimit-user-api": components["headers"]["x-ratelimit-user-api"];
                "x-ratelimit-user": components["headers"]["x-ratelimit-user"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The listener, a resource the request names, the action or the AccessKey does not exist. */
        UpdateListenerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The listener is being stopped. JSON by default; XML (`<StopListenerResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        StopListenerOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StopListenerResponse"];
                "text/xml": components["schemas"]["StopListenerResponse"];
            };
        };
        /** @description The request was rejected: a parameter, the signature, throttling, the listener's or its load balancer's status, or the DryRun outcome. `Code` says which. */
        ListenerWriteBadRequest: {
            headers: {
                "x-acs-retry-after": components["headers"]["x-acs-retry-after"];
                "x-ratelimit-user-api": components["headers"]["x-ratelimit-user-api"];
                "x-ratelimit-user": components["headers"]["x-ratelimit-user"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
                "text/xml": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The listener is being started. JSON by default; XML (`<StartListenerResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        StartListenerOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["StartListenerResponse"];
                "text/xml": components["schemas"]["StartListenerResponse"];
            };
        };
        /** @description The listener is being deleted. JSON by default; XML (`<DeleteListenerResponse>`) with `Format=XML` (V1) or `Accept: application/xml`. */
        DeleteListenerOk: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["DeleteListenerResponse"];
                "text/xml": components["schemas"]["DeleteListenerResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
         * @example CreateListener
         */
        "x-acs-action": "CreateListener";
        /**
         * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
         * @example 2020-06-16
         */
        "x-acs-version": "2020-06-16";
        /**
         * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
         * @example 2026-11-26T08:00:00Z
         */
        "x-acs-date": string;
        /**
         * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
         * @example 3156853299f313e23d1673dc12e1703d
         */
        "x-acs-signature-nonce": string;
        /**
         * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
         * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
         */
        "x-acs-content-sha256": string;
        /**
         * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
         * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
         */
        "x-acs-security-token": string;
        /**
         * @description The action, with the V1 signature (HMAC-SHA1). Set the value to CreateListener. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
         * @example CreateListener
         */
        Action: "CreateListener";
        /**
         * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
         * @example 2020-06-16
         */
        Version: "2020-06-16";
        /**
         * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
         * @example JSON
         */
        Format: "JSON" | "XML" | "json" | "xml";
        /**
         * @description V1 signature: the AccessKey ID that signs the request.
         * @example LTAI5tExampleAccessKeyId
         */
        AccessKeyId: string;
        /**
         * @description V1 signature: the signature method.
         * @example HMAC-SHA1
         */
        SignatureMethod: "HMAC-SHA1";
        /**
         * @description V1 signature: the signature version.
         * @example 1.0
         */
        SignatureVersion: "1.0";
        /**
         * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
         * @example edb2b34af0af9a6d14deaf7c1a5315eb
         */
        SignatureNonce: string;
        /**
         * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
         * @example 2026-11-26T08:00:00Z
         */
        Timestamp: string;
        /**
         * @description V1 signature with STS credentials: the security token.
         * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
         */
        SecurityToken: string;
        /**
         * @description The ID of the Application Load Balancer (ALB) instance. Current IDs start with `alb-`; the seed page's sample shows the older `lb-` form.
         * @example alb-7y0kq0zi6gqgb1hb4w
         */
        LoadBalancerId: string;
        /**
         * @description The listening protocol. Valid values: HTTP, HTTPS, and QUIC (case-sensitive).
         * @example HTTP
         */
        ListenerProtocol: "HTTP" | "HTTPS" | "QUIC";
        /**
         * @description The frontend port that is used by the ALB instance. Valid values: 1 to 65535.
         * @example 80
         */
        ListenerPort: number;
        /**
         * @description The default actions of the listener: where requests that match no forwarding rule go. On the wire: `DefaultActions.N.Type` and `DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.M.ServerGroupId`.
         * @example [
         *       {
         *         "Type": "ForwardGroup",
         *         "ForwardGroupConfig": {
         *           "ServerGroupTuples": [
         *             {
         *               "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
         *             }
         *           ]
         *         }
         *       }
         *     ]
         */
        DefaultActions: components["schemas"]["DefaultActions"];
        /**
         * @description The client token that is used to ensure the idempotence of the request. Generate it on the client and make sure it is unique among different requests; reuse it only to retry the same request. The token can contain only ASCII characters and cannot exceed 64 characters in length. If you do not set it, the system uses the RequestId as ClientToken, and the RequestId differs for each request, so a retry could act twice (create a second listener).
         * @example 123e4567-e89b-12d3-a456-426655440000
         */
        ClientToken: string;
        /**
         * @description Specifies whether to only precheck this request. `true`: the system checks the required parameters, the request syntax and the limits, and changes nothing; if the request passes, the `DryRunOperation` error code is returned (HTTP 400), otherwise the error that describes the failure. `false` (default): the request is checked and, if it passes, a 2xx status is returned and the change is made.
         * @example false
         */
        DryRun: boolean;
        /**
         * @description The description of the listener. The description must be 2 to 256 characters in length, and can contain letters, digits, hyphens (-), forward slashes (/), periods (.), underscores (_), commas (,), semicolons (;), at signs (@) and Chinese or other non-Latin characters. The seed page and the SDK allow only letters, digits, - / . and _; the newer reference page adds Chinese characters and Terraform also , ; and @.
         * @example test
         */
        ListenerDescription: string;
        /**
         * @description The timeout period of a request. Unit: seconds. Valid values: 1 to 600. Default value: 60. If no response is received from the backend server during the request timeout period, ALB sends an HTTP 504 error code to the client.
         *
         *     **Disputed limit.** 600 is the newer reference page's and Terraform's (HEAD, 2025); the newest Go SDK (v2.3.1, 2026-01), the Java SDK, the seed page and the Kubernetes controller still say 1 to 180. The contract takes the most permissive Alibaba value, so the client lets 181-600 through: the service may refuse a value over 180 where the older limit still applies.
         * @example 60
         */
        RequestTimeout: number;
        /**
         * @description The timeout period of an idle connection. Unit: seconds. Valid values: 1 to 600. Default value: 15. If no request is received within the specified timeout period, ALB closes the current connection. When another request is received, ALB establishes a new connection.
         *
         *     **Disputed limit.** 600 rests on Terraform alone (HEAD validator and docs, 2025-05); the newest Go SDK (v2.3.1, 2026-01), the Java SDK, the seed page and the Kubernetes controller still say 1 to 60. The contract takes the most permissive Alibaba value, so the client lets 61-600 through: the service may refuse a value over 60 where the older limit still applies.
         * @example 3
         */
        IdleTimeout: number;
        /**
         * @description Specifies whether to enable Gzip compression to compress specific types of files. Valid values: `true` (default) and `false`.
         * @example true
         */
        GzipEnabled: boolean;
        /**
         * @description Specifies whether to enable HTTP/2. Valid values: `true` (default) and `false`. Only HTTPS listeners support this parameter.
         * @example true
         */
        Http2Enabled: boolean;
        /**
         * @description The ID of the security policy. System security policies and custom security policies are supported. Default value: tls_cipher_policy_1_0 (system security policy). Only HTTPS listeners support this parameter.
         * @example tls_cipher_policy_1_0
         */
        SecurityPolicyId: string;
        /**
         * @description The default server certificate of the listener. An HTTPS listener needs one; a QUIC listener takes one too (Alibaba's load-balancer controller sends it). On the wire: `Certificates.N.CertificateId`.
         * @example [
         *       {
         *         "CertificateId": "103705-cn-hangzhou"
         *       }
         *     ]
         */
        Certificates: components["schemas"]["Certificates"];
        /**
         * @description Specifies whether to enable mutual authentication. Valid values: `true` and `false` (default). When `true`, `CaCertificates` must name a CA certificate. HTTPS and QUIC listeners support this parameter.
         * @example false
         */
        CaEnabled: boolean;
        /**
         * @description The CA certificate used for mutual authentication. Required when `CaEnabled` is `true`; you can specify only one CA certificate. On the wire: `CaCertificates.N.CertificateId`.
         * @example [
         *       {
         *         "CertificateId": "123157-cn-hangzhou"
         *       }
         *     ]
         */
        CaCertificates: components["schemas"]["CaCertificates"];
        /**
         * @description The configuration of the QUIC listener that you want to associate with the current listener. Only HTTPS listeners support this parameter. On the wire: `QuicConfig.QuicListenerId` and `QuicConfig.QuicUpgradeEnabled`.
         * @example {
         *       "QuicUpgradeEnabled": true,
         *       "QuicListenerId": "lsn-quic7y0kq0zi6gqgb1hb"
         *     }
         */
        QuicConfig: components["schemas"]["QuicConfig"];
        /**
         * @description The configuration of the `X-Forwarded-*` headers that ALB adds to requests. On the wire: `XForwardedForConfig.<Name>`.
         * @example {
         *       "XForwardedForEnabled": true,
         *       "XForwardedForProtoEnabled": true
         *     }
         */
        XForwardedForConfig: components["schemas"]["XForwardedForConfig"];
        /**
         * @description The tags of the listener. On the wire: `Tag.N.Key` and `Tag.N.Value`. Sent by the current official SDK; not on the seed page.
         * @example [
         *       {
         *         "Key": "env",
         *         "Value": "prod"
         *       }
         *     ]
         */
        Tag: components["schemas"]["Tags"];
        /**
         * @description The ID of the listener, as CreateListener returned it (or ListListeners lists it). Current IDs start with `lsn-`; older documentation shows `lsr-`.
         * @example lsn-o4u54y73wq7b7xawmq
         */
        ListenerId: string;
        /**
         * @description The IDs of the asynchronous tasks to list (CreateListener's `JobId`). On the wire: `JobIds.1`, `JobIds.2`, ... Terraform polls one job with `JobIds.1=<JobId>`.
         * @example [
         *       "72dcd26b-f12d-4c27-b3af-18f6aed5a3f1"
         *     ]
         */
        JobIds: string[];
        /**
         * @description The IDs of the resources whose tasks to list. On the wire: `ResourceIds.1`, `ResourceIds.2`, ...
         * @example [
         *       "lsn-o4u54y73wq7b7xawmq"
         *     ]
         */
        ResourceIds: string[];
        /**
         * @description The type of the resources whose tasks to list: `loadbalancer`, `listener`, `rule`, `acl`, `securitypolicy` or `servergroup`.
         * @example listener
         */
        ResourceType: "loadbalancer" | "listener" | "rule" | "acl" | "securitypolicy" | "servergroup";
        /**
         * @description The name of the operation whose tasks to list, e.g. `CreateListener`.
         * @example CreateListener
         */
        ApiName: string;
        /**
         * @description The start time of the task (the SDK's words), as a UNIX timestamp in milliseconds. No source says how the service applies it.
         *
         *     **Disputed unit.** The SDKs type it as an integer and say "Unit: milliseconds" (the Chinese reference page too, example `2134663231234`), but their example and the older English reference page show ISO 8601 text (`2021-06-03T17:22Z`, and the older C# SDK: `yyyy-MM-ddTHH:mm:ssZ`). The contract keeps the integer milliseconds the SDKs type.
         * @example 1764288000000
         */
        BeginTime: number;
        /**
         * @description The end time of the task (the SDK's words), as a UNIX timestamp in milliseconds. No source says how the service applies it.
         *
         *     **Disputed unit.** As `BeginTime`: integer milliseconds in the SDKs' types, ISO 8601 text in their example and the older reference page.
         * @example 1764374400000
         */
        EndTime: number;
        /**
         * @description The token of the next page, from the previous response's `NextToken`; leave it out for the first page.
         * @example FFmyTO70tTpLG6I3FmYAXGKPd
         */
        NextToken: string;
        /**
         * @description The number of entries (jobs, listeners) per page. Valid values: 1 to 100. Default value: 20.
         * @example 20
         */
        MaxResults: number;
        /**
         * @description List only the listeners of these ALB instances (at most 20). On the wire: `LoadBalancerIds.1`, `LoadBalancerIds.2`, ... An instance that does not exist lists no listener.
         * @example [
         *       "alb-7y0kq0zi6gqgb1hb4w"
         *     ]
         */
        LoadBalancerIds: string[];
        /**
         * @description List only these listeners (at most 20). On the wire: `ListenerIds.1`, `ListenerIds.2`, ...
         * @example [
         *       "lsn-o4u54y73wq7b7xawmq"
         *     ]
         */
        ListenerIds: string[];
        /**
         * @description List only the listeners of this protocol: HTTP, HTTPS or QUIC (case-sensitive).
         * @example HTTPS
         */
        ListListenersListenerProtocol: "HTTP" | "HTTPS" | "QUIC";
        /**
         * @description The new timeout period of an idle connection. Unit: seconds. Valid values: 1 to 600. Left out: the listener keeps its value (Terraform sends it only when it changed).
         *
         *     **Disputed limit**, as for CreateListener: 600 rests on Terraform's validator, which checks create and update alike; the SDK's UpdateListenerAttribute model says 1 to 60. The most permissive Alibaba value wins.
         * @example 30
         */
        UpdateIdleTimeout: number;
        /**
         * @description The new timeout period of a request. Unit: seconds. Valid values: 1 to 600. Left out: the listener keeps its value.
         *
         *     **Disputed limit**, as for CreateListener: 600 is the newer reference page's and Terraform's (its one schema checks create and update alike); the SDK's UpdateListenerAttribute model says 1 to 180.
         * @example 120
         */
        UpdateRequestTimeout: number;
        /**
         * @description Whether to compress specific types of files with Gzip. Left out: unchanged.
         * @example true
         */
        UpdateGzipEnabled: boolean;
        /**
         * @description Whether to enable HTTP/2. Left out: unchanged. Only HTTPS listeners support this parameter.
         * @example true
         */
        UpdateHttp2Enabled: boolean;
        /**
         * @description The new security policy: a system or a custom one. Left out: unchanged. Only HTTPS listeners support this parameter.
         * @example tls_cipher_policy_1_1
         */
        UpdateSecurityPolicyId: string;
        /**
         * @description Whether to enable mutual authentication; when `true`, the listener needs a CA certificate (`CaCertificates`). Left out: unchanged. HTTPS and QUIC listeners support this parameter.
         * @example true
         */
        UpdateCaEnabled: boolean;
        /**
         * @description The new default actions of the listener, replacing the old ones as a whole. Left out: unchanged. On the wire: `DefaultActions.N.Type` and `DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.M.ServerGroupId`.
         * @example [
         *       {
         *         "Type": "ForwardGroup",
         *         "ForwardGroupConfig": {
         *           "ServerGroupTuples": [
         *             {
         *               "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
         *             }
         *           ]
         *         }
         *       }
         *     ]
         */
        UpdateDefaultActions: components["schemas"]["DefaultActions"];
    };
    requestBodies: never;
    headers: {
        /**
         * @description How long to wait before retrying, in milliseconds. @alicloud/openapi-core 1.0.8 reads it on an error whose code contains `Throttling`; at HEAD it reads it on any 4xx or 5xx, and a positive value makes the error a ThrottlingError whatever its code (0 or a non-number is ignored). The generated client waits that long (within its retry budget) and retries any 4xx or 5xx that carries a positive value.
         * @example 1500
         */
        "x-acs-retry-after": string;
        /**
         * @description The caller's rate limit for this API, as `Limit:<n>,Remain:<n>,TimeLeft:<ms>,Reset:<time>`. The Go SDK's runtime (darabonba-openapi v2.1.14) reads `TimeLeft` (milliseconds) of this header and of `x-ratelimit-user`, the larger of the two, as the wait of a `Throttling`, `Throttling.User` or `Throttling.Api` error; it does not read `x-acs-retry-after`. The generated client honours it on those codes, within its retry budget.
         * @example Limit:5,Remain:0,TimeLeft:1500,Reset:1764806400000
         */
        "x-ratelimit-user-api": string;
        /**
         * @description The caller's rate limit across APIs, in the form of `x-ratelimit-user-api`; its `TimeLeft` is read the same way.
         * @example Limit:100,Remain:0,TimeLeft:1500,Reset:1764806400000
         */
        "x-ratelimit-user": string;
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    CreateListener: {
        parameters: {
            query: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to CreateListener. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example CreateListener
                 */
                Action?: components["parameters"]["Action"];
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The ID of the Application Load Balancer (ALB) instance. Current IDs start with `alb-`; the seed page's sample shows the older `lb-` form.
                 * @example alb-7y0kq0zi6gqgb1hb4w
                 */
                LoadBalancerId: components["parameters"]["LoadBalancerId"];
                /**
                 * @description The listening protocol. Valid values: HTTP, HTTPS, and QUIC (case-sensitive).
                 * @example HTTP
                 */
                ListenerProtocol: components["parameters"]["ListenerProtocol"];
                /**
                 * @description The frontend port that is used by the ALB instance. Valid values: 1 to 65535.
                 * @example 80
                 */
                ListenerPort: components["parameters"]["ListenerPort"];
                /**
                 * @description The default actions of the listener: where requests that match no forwarding rule go. On the wire: `DefaultActions.N.Type` and `DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.M.ServerGroupId`.
                 * @example [
                 *       {
                 *         "Type": "ForwardGroup",
                 *         "ForwardGroupConfig": {
                 *           "ServerGroupTuples": [
                 *             {
                 *               "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
                 *             }
                 *           ]
                 *         }
                 *       }
                 *     ]
                 */
                DefaultActions: components["parameters"]["DefaultActions"];
                /**
                 * @description The client token that is used to ensure the idempotence of the request. Generate it on the client and make sure it is unique among different requests; reuse it only to retry the same request. The token can contain only ASCII characters and cannot exceed 64 characters in length. If you do not set it, the system uses the RequestId as ClientToken, and the RequestId differs for each request, so a retry could act twice (create a second listener).
                 * @example 123e4567-e89b-12d3-a456-426655440000
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /**
                 * @description Specifies whether to only precheck this request. `true`: the system checks the required parameters, the request syntax and the limits, and changes nothing; if the request passes, the `DryRunOperation` error code is returned (HTTP 400), otherwise the error that describes the failure. `false` (default): the request is checked and, if it passes, a 2xx status is returned and the change is made.
                 * @example false
                 */
                DryRun?: components["parameters"]["DryRun"];
                /**
                 * @description The description of the listener. The description must be 2 to 256 characters in length, and can contain letters, digits, hyphens (-), forward slashes (/), periods (.), underscores (_), commas (,), semicolons (;), at signs (@) and Chinese or other non-Latin characters. The seed page and the SDK allow only letters, digits, - / . and _; the newer reference page adds Chinese characters and Terraform also , ; and @.
                 * @example test
                 */
                ListenerDescription?: components["parameters"]["ListenerDescription"];
                /**
                 * @description The timeout period of a request. Unit: seconds. Valid values: 1 to 600. Default value: 60. If no response is received from the backend server during the request timeout period, ALB sends an HTTP 504 error code to the client.
                 *
                 *     **Disputed limit.** 600 is the newer reference page's and Terraform's (HEAD, 2025); the newest Go SDK (v2.3.1, 2026-01), the Java SDK, the seed page and the Kubernetes controller still say 1 to 180. The contract takes the most permissive Alibaba value, so the client lets 181-600 through: the service may refuse a value over 180 where the older limit still applies.
                 * @example 60
                 */
                RequestTimeout?: components["parameters"]["RequestTimeout"];
                /**
                 * @description The timeout period of an idle connection. Unit: seconds. Valid values: 1 to 600. Default value: 15. If no request is received within the specified timeout period, ALB closes the current connection. When another request is received, ALB establishes a new connection.
                 *
                 *     **Disputed limit.** 600 rests on Terraform alone (HEAD validator and docs, 2025-05); the newest Go SDK (v2.3.1, 2026-01), the Java SDK, the seed page and the Kubernetes controller still say 1 to 60. The contract takes the most permissive Alibaba value, so the client lets 61-600 through: the service may refuse a value over 60 where the older limit still applies.
                 * @example 3
                 */
                IdleTimeout?: components["parameters"]["IdleTimeout"];
                /**
                 * @description Specifies whether to enable Gzip compression to compress specific types of files. Valid values: `true` (default) and `false`.
                 * @example true
                 */
                GzipEnabled?: components["parameters"]["GzipEnabled"];
                /**
                 * @description Specifies whether to enable HTTP/2. Valid values: `true` (default) and `false`. Only HTTPS listeners support this parameter.
                 * @example true
                 */
                Http2Enabled?: components["parameters"]["Http2Enabled"];
                /**
                 * @description The ID of the security policy. System security policies and custom security policies are supported. Default value: tls_cipher_policy_1_0 (system security policy). Only HTTPS listeners support this parameter.
                 * @example tls_cipher_policy_1_0
                 */
                SecurityPolicyId?: components["parameters"]["SecurityPolicyId"];
                /**
                 * @description The default server certificate of the listener. An HTTPS listener needs one; a QUIC listener takes one too (Alibaba's load-balancer controller sends it). On the wire: `Certificates.N.CertificateId`.
                 * @example [
                 *       {
                 *         "CertificateId": "103705-cn-hangzhou"
                 *       }
                 *     ]
                 */
                Certificates?: components["parameters"]["Certificates"];
                /**
                 * @description Specifies whether to enable mutual authentication. Valid values: `true` and `false` (default). When `true`, `CaCertificates` must name a CA certificate. HTTPS and QUIC listeners support this parameter.
                 * @example false
                 */
                CaEnabled?: components["parameters"]["CaEnabled"];
                /**
                 * @description The CA certificate used for mutual authentication. Required when `CaEnabled` is `true`; you can specify only one CA certificate. On the wire: `CaCertificates.N.CertificateId`.
                 * @example [
                 *       {
                 *         "CertificateId": "123157-cn-hangzhou"
                 *       }
                 *     ]
                 */
                CaCertificates?: components["parameters"]["CaCertificates"];
                /**
                 * @description The configuration of the QUIC listener that you want to associate with the current listener. Only HTTPS listeners support this parameter. On the wire: `QuicConfig.QuicListenerId` and `QuicConfig.QuicUpgradeEnabled`.
                 * @example {
                 *       "QuicUpgradeEnabled": true,
                 *       "QuicListenerId": "lsn-quic7y0kq0zi6gqgb1hb"
                 *     }
                 */
                QuicConfig?: components["parameters"]["QuicConfig"];
                /**
                 * @description The configuration of the `X-Forwarded-*` headers that ALB adds to requests. On the wire: `XForwardedForConfig.<Name>`.
                 * @example {
                 *       "XForwardedForEnabled": true,
                 *       "XForwardedForProtoEnabled": true
                 *     }
                 */
                XForwardedForConfig?: components["parameters"]["XForwardedForConfig"];
                /**
                 * @description The tags of the listener. On the wire: `Tag.N.Key` and `Tag.N.Value`. Sent by the current official SDK; not on the seed page.
                 * @example [
                 *       {
                 *         "Key": "env",
                 *         "Value": "prod"
                 *       }
                 *     ]
                 */
                Tag?: components["parameters"]["Tag"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example CreateListener
                 */
                "x-acs-action"?: components["parameters"]["x-acs-action"];
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["CreateListenerOk"];
            400: components["responses"]["BadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    GetListenerAttribute: {
        parameters: {
            query: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to GetListenerAttribute. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example GetListenerAttribute
                 */
                Action?: "GetListenerAttribute";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The ID of the listener, as CreateListener returned it (or ListListeners lists it). Current IDs start with `lsn-`; older documentation shows `lsr-`.
                 * @example lsn-o4u54y73wq7b7xawmq
                 */
                ListenerId: components["parameters"]["ListenerId"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example GetListenerAttribute
                 */
                "x-acs-action"?: "GetListenerAttribute";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["GetListenerAttributeOk"];
            400: components["responses"]["QueryBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ListenerNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListAsynJobs: {
        parameters: {
            query?: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to ListAsynJobs. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example ListAsynJobs
                 */
                Action?: "ListAsynJobs";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The IDs of the asynchronous tasks to list (CreateListener's `JobId`). On the wire: `JobIds.1`, `JobIds.2`, ... Terraform polls one job with `JobIds.1=<JobId>`.
                 * @example [
                 *       "72dcd26b-f12d-4c27-b3af-18f6aed5a3f1"
                 *     ]
                 */
                JobIds?: components["parameters"]["JobIds"];
                /**
                 * @description The IDs of the resources whose tasks to list. On the wire: `ResourceIds.1`, `ResourceIds.2`, ...
                 * @example [
                 *       "lsn-o4u54y73wq7b7xawmq"
                 *     ]
                 */
                ResourceIds?: components["parameters"]["ResourceIds"];
                /**
                 * @description The type of the resources whose tasks to list: `loadbalancer`, `listener`, `rule`, `acl`, `securitypolicy` or `servergroup`.
                 * @example listener
                 */
                ResourceType?: components["parameters"]["ResourceType"];
                /**
                 * @description The name of the operation whose tasks to list, e.g. `CreateListener`.
                 * @example CreateListener
                 */
                ApiName?: components["parameters"]["ApiName"];
                /**
                 * @description The start time of the task (the SDK's words), as a UNIX timestamp in milliseconds. No source says how the service applies it.
                 *
                 *     **Disputed unit.** The SDKs type it as an integer and say "Unit: milliseconds" (the Chinese reference page too, example `2134663231234`), but their example and the older English reference page show ISO 8601 text (`2021-06-03T17:22Z`, and the older C# SDK: `yyyy-MM-ddTHH:mm:ssZ`). The contract keeps the integer milliseconds the SDKs type.
                 * @example 1764288000000
                 */
                BeginTime?: components["parameters"]["BeginTime"];
                /**
                 * @description The end time of the task (the SDK's words), as a UNIX timestamp in milliseconds. No source says how the service applies it.
                 *
                 *     **Disputed unit.** As `BeginTime`: integer milliseconds in the SDKs' types, ISO 8601 text in their example and the older reference page.
                 * @example 1764374400000
                 */
                EndTime?: components["parameters"]["EndTime"];
                /**
                 * @description The token of the next page, from the previous response's `NextToken`; leave it out for the first page.
                 * @example FFmyTO70tTpLG6I3FmYAXGKPd
                 */
                NextToken?: components["parameters"]["NextToken"];
                /**
                 * @description The number of entries (jobs, listeners) per page. Valid values: 1 to 100. Default value: 20.
                 * @example 20
                 */
                MaxResults?: components["parameters"]["MaxResults"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example ListAsynJobs
                 */
                "x-acs-action"?: "ListAsynJobs";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListAsynJobsOk"];
            400: components["responses"]["QueryBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["GatewayNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    ListListeners: {
        parameters: {
            query?: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to ListListeners. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example ListListeners
                 */
                Action?: "ListListeners";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description List only the listeners of these ALB instances (at most 20). On the wire: `LoadBalancerIds.1`, `LoadBalancerIds.2`, ... An instance that does not exist lists no listener.
                 * @example [
                 *       "alb-7y0kq0zi6gqgb1hb4w"
                 *     ]
                 */
                LoadBalancerIds?: components["parameters"]["LoadBalancerIds"];
                /**
                 * @description List only these listeners (at most 20). On the wire: `ListenerIds.1`, `ListenerIds.2`, ...
                 * @example [
                 *       "lsn-o4u54y73wq7b7xawmq"
                 *     ]
                 */
                ListenerIds?: components["parameters"]["ListenerIds"];
                /**
                 * @description List only the listeners of this protocol: HTTP, HTTPS or QUIC (case-sensitive).
                 * @example HTTPS
                 */
                ListenerProtocol?: components["parameters"]["ListListenersListenerProtocol"];
                /**
                 * @description The tags of the listener. On the wire: `Tag.N.Key` and `Tag.N.Value`. Sent by the current official SDK; not on the seed page.
                 * @example [
                 *       {
                 *         "Key": "env",
                 *         "Value": "prod"
                 *       }
                 *     ]
                 */
                Tag?: components["parameters"]["Tag"];
                /**
                 * @description The token of the next page, from the previous response's `NextToken`; leave it out for the first page.
                 * @example FFmyTO70tTpLG6I3FmYAXGKPd
                 */
                NextToken?: components["parameters"]["NextToken"];
                /**
                 * @description The number of entries (jobs, listeners) per page. Valid values: 1 to 100. Default value: 20.
                 * @example 20
                 */
                MaxResults?: components["parameters"]["MaxResults"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example ListListeners
                 */
                "x-acs-action"?: "ListListeners";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ListListenersOk"];
            400: components["responses"]["QueryBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["GatewayNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    UpdateListenerAttribute: {
        parameters: {
            query: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to UpdateListenerAttribute. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example UpdateListenerAttribute
                 */
                Action?: "UpdateListenerAttribute";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The ID of the listener, as CreateListener returned it (or ListListeners lists it). Current IDs start with `lsn-`; older documentation shows `lsr-`.
                 * @example lsn-o4u54y73wq7b7xawmq
                 */
                ListenerId: components["parameters"]["ListenerId"];
                /**
                 * @description The description of the listener. The description must be 2 to 256 characters in length, and can contain letters, digits, hyphens (-), forward slashes (/), periods (.), underscores (_), commas (,), semicolons (;), at signs (@) and Chinese or other non-Latin characters. The seed page and the SDK allow only letters, digits, - / . and _; the newer reference page adds Chinese characters and Terraform also , ; and @.
                 * @example test
                 */
                ListenerDescription?: components["parameters"]["ListenerDescription"];
                /**
                 * @description The new timeout period of an idle connection. Unit: seconds. Valid values: 1 to 600. Left out: the listener keeps its value (Terraform sends it only when it changed).
                 *
                 *     **Disputed limit**, as for CreateListener: 600 rests on Terraform's validator, which checks create and update alike; the SDK's UpdateListenerAttribute model says 1 to 60. The most permissive Alibaba value wins.
                 * @example 30
                 */
                IdleTimeout?: components["parameters"]["UpdateIdleTimeout"];
                /**
                 * @description The new timeout period of a request. Unit: seconds. Valid values: 1 to 600. Left out: the listener keeps its value.
                 *
                 *     **Disputed limit**, as for CreateListener: 600 is the newer reference page's and Terraform's (its one schema checks create and update alike); the SDK's UpdateListenerAttribute model says 1 to 180.
                 * @example 120
                 */
                RequestTimeout?: components["parameters"]["UpdateRequestTimeout"];
                /**
                 * @description Whether to compress specific types of files with Gzip. Left out: unchanged.
                 * @example true
                 */
                GzipEnabled?: components["parameters"]["UpdateGzipEnabled"];
                /**
                 * @description Whether to enable HTTP/2. Left out: unchanged. Only HTTPS listeners support this parameter.
                 * @example true
                 */
                Http2Enabled?: components["parameters"]["UpdateHttp2Enabled"];
                /**
                 * @description The new security policy: a system or a custom one. Left out: unchanged. Only HTTPS listeners support this parameter.
                 * @example tls_cipher_policy_1_1
                 */
                SecurityPolicyId?: components["parameters"]["UpdateSecurityPolicyId"];
                /**
                 * @description The default server certificate of the listener. An HTTPS listener needs one; a QUIC listener takes one too (Alibaba's load-balancer controller sends it). On the wire: `Certificates.N.CertificateId`.
                 * @example [
                 *       {
                 *         "CertificateId": "103705-cn-hangzhou"
                 *       }
                 *     ]
                 */
                Certificates?: components["parameters"]["Certificates"];
                /**
                 * @description Whether to enable mutual authentication; when `true`, the listener needs a CA certificate (`CaCertificates`). Left out: unchanged. HTTPS and QUIC listeners support this parameter.
                 * @example true
                 */
                CaEnabled?: components["parameters"]["UpdateCaEnabled"];
                /**
                 * @description The CA certificate used for mutual authentication. Required when `CaEnabled` is `true`; you can specify only one CA certificate. On the wire: `CaCertificates.N.CertificateId`.
                 * @example [
                 *       {
                 *         "CertificateId": "123157-cn-hangzhou"
                 *       }
                 *     ]
                 */
                CaCertificates?: components["parameters"]["CaCertificates"];
                /**
                 * @description The new default actions of the listener, replacing the old ones as a whole. Left out: unchanged. On the wire: `DefaultActions.N.Type` and `DefaultActions.N.ForwardGroupConfig.ServerGroupTuples.M.ServerGroupId`.
                 * @example [
                 *       {
                 *         "Type": "ForwardGroup",
                 *         "ForwardGroupConfig": {
                 *           "ServerGroupTuples": [
                 *             {
                 *               "ServerGroupId": "sgp-8ilqs4axp6bc2lfcxs"
                 *             }
                 *           ]
                 *         }
                 *       }
                 *     ]
                 */
                DefaultActions?: components["parameters"]["UpdateDefaultActions"];
                /**
                 * @description The configuration of the `X-Forwarded-*` headers that ALB adds to requests. On the wire: `XForwardedForConfig.<Name>`.
                 * @example {
                 *       "XForwardedForEnabled": true,
                 *       "XForwardedForProtoEnabled": true
                 *     }
                 */
                XForwardedForConfig?: components["parameters"]["XForwardedForConfig"];
                /**
                 * @description The configuration of the QUIC listener that you want to associate with the current listener. Only HTTPS listeners support this parameter. On the wire: `QuicConfig.QuicListenerId` and `QuicConfig.QuicUpgradeEnabled`.
                 * @example {
                 *       "QuicUpgradeEnabled": true,
                 *       "QuicListenerId": "lsn-quic7y0kq0zi6gqgb1hb"
                 *     }
                 */
                QuicConfig?: components["parameters"]["QuicConfig"];
                /**
                 * @description The client token that is used to ensure the idempotence of the request. Generate it on the client and make sure it is unique among different requests; reuse it only to retry the same request. The token can contain only ASCII characters and cannot exceed 64 characters in length. If you do not set it, the system uses the RequestId as ClientToken, and the RequestId differs for each request, so a retry could act twice (create a second listener).
                 * @example 123e4567-e89b-12d3-a456-426655440000
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /**
                 * @description Specifies whether to only precheck this request. `true`: the system checks the required parameters, the request syntax and the limits, and changes nothing; if the request passes, the `DryRunOperation` error code is returned (HTTP 400), otherwise the error that describes the failure. `false` (default): the request is checked and, if it passes, a 2xx status is returned and the change is made.
                 * @example false
                 */
                DryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example UpdateListenerAttribute
                 */
                "x-acs-action"?: "UpdateListenerAttribute";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UpdateListenerAttributeOk"];
            400: components["responses"]["UpdateListenerBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["UpdateListenerNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    StopListener: {
        parameters: {
            query: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to StopListener. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example StopListener
                 */
                Action?: "StopListener";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The ID of the listener, as CreateListener returned it (or ListListeners lists it). Current IDs start with `lsn-`; older documentation shows `lsr-`.
                 * @example lsn-o4u54y73wq7b7xawmq
                 */
                ListenerId: components["parameters"]["ListenerId"];
                /**
                 * @description The client token that is used to ensure the idempotence of the request. Generate it on the client and make sure it is unique among different requests; reuse it only to retry the same request. The token can contain only ASCII characters and cannot exceed 64 characters in length. If you do not set it, the system uses the RequestId as ClientToken, and the RequestId differs for each request, so a retry could act twice (create a second listener).
                 * @example 123e4567-e89b-12d3-a456-426655440000
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /**
                 * @description Specifies whether to only precheck this request. `true`: the system checks the required parameters, the request syntax and the limits, and changes nothing; if the request passes, the `DryRunOperation` error code is returned (HTTP 400), otherwise the error that describes the failure. `false` (default): the request is checked and, if it passes, a 2xx status is returned and the change is made.
                 * @example false
                 */
                DryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example StopListener
                 */
                "x-acs-action"?: "StopListener";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StopListenerOk"];
            400: components["responses"]["ListenerWriteBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ListenerNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    StartListener: {
        parameters: {
            query: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to StartListener. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example StartListener
                 */
                Action?: "StartListener";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The ID of the listener, as CreateListener returned it (or ListListeners lists it). Current IDs start with `lsn-`; older documentation shows `lsr-`.
                 * @example lsn-o4u54y73wq7b7xawmq
                 */
                ListenerId: components["parameters"]["ListenerId"];
                /**
                 * @description The client token that is used to ensure the idempotence of the request. Generate it on the client and make sure it is unique among different requests; reuse it only to retry the same request. The token can contain only ASCII characters and cannot exceed 64 characters in length. If you do not set it, the system uses the RequestId as ClientToken, and the RequestId differs for each request, so a retry could act twice (create a second listener).
                 * @example 123e4567-e89b-12d3-a456-426655440000
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /**
                 * @description Specifies whether to only precheck this request. `true`: the system checks the required parameters, the request syntax and the limits, and changes nothing; if the request passes, the `DryRunOperation` error code is returned (HTTP 400), otherwise the error that describes the failure. `false` (default): the request is checked and, if it passes, a 2xx status is returned and the change is made.
                 * @example false
                 */
                DryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example StartListener
                 */
                "x-acs-action"?: "StartListener";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["StartListenerOk"];
            400: components["responses"]["ListenerWriteBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ListenerNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    DeleteListener: {
        parameters: {
            query: {
                /**
                 * @description The action, with the V1 signature (HMAC-SHA1). Set the value to DeleteListener. With the V3 signature it travels as the `x-acs-action` header instead; the generated client fills it in.
                 * @example DeleteListener
                 */
                Action?: "DeleteListener";
                /**
                 * @description The API version, with the V1 signature. With the V3 signature it travels as the `x-acs-version` header instead.
                 * @example 2020-06-16
                 */
                Version?: components["parameters"]["Version"];
                /**
                 * @description V1 only: the format of the response body. The official SDK sends `json`; the value is case-insensitive. V1 requests without `Format` get XML; V3 requests get JSON unless they send `Accept: application/xml`.
                 * @example JSON
                 */
                Format?: components["parameters"]["Format"];
                /**
                 * @description V1 signature: the AccessKey ID that signs the request.
                 * @example LTAI5tExampleAccessKeyId
                 */
                AccessKeyId?: components["parameters"]["AccessKeyId"];
                /**
                 * @description V1 signature: the signature method.
                 * @example HMAC-SHA1
                 */
                SignatureMethod?: components["parameters"]["SignatureMethod"];
                /**
                 * @description V1 signature: the signature version.
                 * @example 1.0
                 */
                SignatureVersion?: components["parameters"]["SignatureVersion"];
                /**
                 * @description V1 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example edb2b34af0af9a6d14deaf7c1a5315eb
                 */
                SignatureNonce?: components["parameters"]["SignatureNonce"];
                /**
                 * @description V1 signature: the time of the request in UTC, ISO 8601 without milliseconds. More than 15 minutes from the service's clock gets `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                Timestamp?: components["parameters"]["Timestamp"];
                /**
                 * @description V1 signature with STS credentials: the security token.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                SecurityToken?: components["parameters"]["SecurityToken"];
                /**
                 * @description The ID of the listener, as CreateListener returned it (or ListListeners lists it). Current IDs start with `lsn-`; older documentation shows `lsr-`.
                 * @example lsn-o4u54y73wq7b7xawmq
                 */
                ListenerId: components["parameters"]["ListenerId"];
                /**
                 * @description The client token that is used to ensure the idempotence of the request. Generate it on the client and make sure it is unique among different requests; reuse it only to retry the same request. The token can contain only ASCII characters and cannot exceed 64 characters in length. If you do not set it, the system uses the RequestId as ClientToken, and the RequestId differs for each request, so a retry could act twice (create a second listener).
                 * @example 123e4567-e89b-12d3-a456-426655440000
                 */
                ClientToken?: components["parameters"]["ClientToken"];
                /**
                 * @description Specifies whether to only precheck this request. `true`: the system checks the required parameters, the request syntax and the limits, and changes nothing; if the request passes, the `DryRunOperation` error code is returned (HTTP 400), otherwise the error that describes the failure. `false` (default): the request is checked and, if it passes, a 2xx status is returned and the change is made.
                 * @example false
                 */
                DryRun?: components["parameters"]["DryRun"];
            };
            header?: {
                /**
                 * @description The action, with the V3 signature (ACS3-HMAC-SHA256). Send either this header (V3) or the `Action` query parameter (V1); the generated client fills it in.
                 * @example DeleteListener
                 */
                "x-acs-action"?: "DeleteListener";
                /**
                 * @description The API version, with the V3 signature. Send either this header (V3) or the `Version` query parameter (V1); the generated client fills it in.
                 * @example 2020-06-16
                 */
                "x-acs-version"?: components["parameters"]["x-acs-version"];
                /**
                 * @description V3 signature: the time of the request in UTC, ISO 8601 without milliseconds. The service rejects a date more than 15 minutes from its clock with `InvalidTimeStamp.Expired`.
                 * @example 2026-11-26T08:00:00Z
                 */
                "x-acs-date"?: components["parameters"]["x-acs-date"];
                /**
                 * @description V3 signature: a random value unique per request, which prevents replays (`SignatureNonceUsed`).
                 * @example 3156853299f313e23d1673dc12e1703d
                 */
                "x-acs-signature-nonce"?: components["parameters"]["x-acs-signature-nonce"];
                /**
                 * @description V3 signature: the lower-case hex SHA-256 of the request body (of the empty string when there is no body).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                "x-acs-content-sha256"?: components["parameters"]["x-acs-content-sha256"];
                /**
                 * @description V3 signature with STS credentials: the security token. Signed like every `x-acs-*` header.
                 * @example CAIS8gF1q6Ft5B2yfSjIr5bSEsj4ggQ
                 */
                "x-acs-security-token"?: components["parameters"]["x-acs-security-token"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["DeleteListenerOk"];
            400: components["responses"]["ListenerWriteBadRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ListenerNotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}

/** Every error code the contract documents, with its HTTP status. */
export type DocumentedErrorCode =
  | "-21020"
  | "-22001"
  | "-22031"
  | "DryRunOperation"
  | "Forbidden.RAM"
  | "IdempotenceProcessing"
  | "IdempotentParameterMismatch"
  | "IncompleteSignature"
  | "IncorrectBusinessStatus.LoadBalancer"
  | "IncorrectStatus.Listener"
  | "IncorrectStatus.LoadBalancer"
  | "InternalError"
  | "InvalidAccessKeyId.NotFound"
  | "InvalidAction.NotFound"
  | "InvalidParameter"
  | "InvalidTimeStamp.Expired"
  | "InvalidVersion"
  | "Mismatch.VpcId"
  | "MissingParameter"
  | "OperationDenied.CrossLoadBalancerQUICListener"
  | "OperationDenied.ServerGroupProtocolNotSupport"
  | "Rejected.Throttling"
  | "ResourceAlreadyAssociated.Listener"
  | "ResourceAlreadyExist.Listener"
  | "ResourceInConfiguring.Listener"
  | "ResourceNotFound.Certificate"
  | "ResourceNotFound.Listener"
  | "ResourceNotFound.LoadBalancer"
  | "ResourceNotFound.SecurityPolicy"
  | "ResourceNotFound.ServerGroup"
  | "ResourceQuotaExceeded.LoadBalancerListenersNum"
  | "ResourceQuotaExceeded.LoadBalancerServersNum"
  | "ResourceQuotaExceeded.SecurityPolicyAttachedNum"
  | "ResourceQuotaExceeded.ServerAddedNum"
  | "ResourceQuotaExceeded.ServerGroupAttachedNum"
  | "ServiceUnavailable"
  | "SignatureDoesNotMatch"
  | "SignatureNonceUsed"
  | "SystemBusy"
  | "Throttling"
  | "Throttling.Api"
  | "Throttling.User"
  | "UnsupportedHTTPMethod";

/** The business parameters of CreateListener, nested as a client passes them (no signature or protocol parameters). */
export type CreateListenerRequest = Omit<NonNullable<operations['CreateListener']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type CreateListenerResponse = components['schemas']['CreateListenerResponse'];

/** The business parameters of GetListenerAttribute, nested as a client passes them (no signature or protocol parameters). */
export type GetListenerAttributeRequest = Omit<NonNullable<operations['GetListenerAttribute']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type GetListenerAttributeResponse = components['schemas']['GetListenerAttributeResponse'];

/** The business parameters of ListAsynJobs, nested as a client passes them (no signature or protocol parameters). */
export type ListAsynJobsRequest = Omit<NonNullable<operations['ListAsynJobs']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type ListAsynJobsResponse = components['schemas']['ListAsynJobsResponse'];

/** The business parameters of ListListeners, nested as a client passes them (no signature or protocol parameters). */
export type ListListenersRequest = Omit<NonNullable<operations['ListListeners']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type ListListenersResponse = components['schemas']['ListListenersResponse'];

/** The business parameters of UpdateListenerAttribute, nested as a client passes them (no signature or protocol parameters). */
export type UpdateListenerAttributeRequest = Omit<NonNullable<operations['UpdateListenerAttribute']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type UpdateListenerAttributeResponse = components['schemas']['UpdateListenerAttributeResponse'];

/** The business parameters of StopListener, nested as a client passes them (no signature or protocol parameters). */
export type StopListenerRequest = Omit<NonNullable<operations['StopListener']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type StopListenerResponse = components['schemas']['StopListenerResponse'];

/** The business parameters of StartListener, nested as a client passes them (no signature or protocol parameters). */
export type StartListenerRequest = Omit<NonNullable<operations['StartListener']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type StartListenerResponse = components['schemas']['StartListenerResponse'];

/** The business parameters of DeleteListener, nested as a client passes them (no signature or protocol parameters). */
export type DeleteListenerRequest = Omit<NonNullable<operations['DeleteListener']['parameters']['query']>, "Action" | "Version" | "Format" | "AccessKeyId" | "SignatureMethod" | "SignatureVersion" | "SignatureNonce" | "Timestamp" | "SecurityToken">;
export type DeleteListenerResponse = components['schemas']['DeleteListenerResponse'];

export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

/** Every action of the contract. */
export const actions = ["CreateListener","GetListenerAttribute","ListAsynJobs","ListListeners","UpdateListenerAttribute","StopListener","StartListener","DeleteListener"] as const;
export type Action = (typeof actions)[number];

export const documentedErrorStatus = {
  "-21020": 400,
  "-22001": 400,
  "-22031": 400,
  "DryRunOperation": 400,
  "Forbidden.RAM": 403,
  "IdempotenceProcessing": 400,
  "IdempotentParameterMismatch": 400,
  "IncompleteSignature": 400,
  "IncorrectBusinessStatus.LoadBalancer": 400,
  "IncorrectStatus.Listener": 400,
  "IncorrectStatus.LoadBalancer": 400,
  "InternalError": 500,
  "InvalidAccessKeyId.NotFound": 404,
  "InvalidAction.NotFound": 404,
  "InvalidParameter": 400,
  "InvalidTimeStamp.Expired": 400,
  "InvalidVersion": 400,
  "Mismatch.VpcId": 400,
  "MissingParameter": 400,
  "OperationDenied.CrossLoadBalancerQUICListener": 400,
  "OperationDenied.ServerGroupProtocolNotSupport": 400,
  "Rejected.Throttling": 400,
  "ResourceAlreadyAssociated.Listener": 400,
  "ResourceAlreadyExist.Listener": 400,
  "ResourceInConfiguring.Listener": 400,
  "ResourceNotFound.Certificate": 404,
  "ResourceNotFound.Listener": 404,
  "ResourceNotFound.LoadBalancer": 404,
  "ResourceNotFound.SecurityPolicy": 404,
  "ResourceNotFound.ServerGroup": 404,
  "ResourceQuotaExceeded.LoadBalancerListenersNum": 400,
  "ResourceQuotaExceeded.LoadBalancerServersNum": 400,
  "ResourceQuotaExceeded.SecurityPolicyAttachedNum": 400,
  "ResourceQuotaExceeded.ServerAddedNum": 400,
  "ResourceQuotaExceeded.ServerGroupAttachedNum": 400,
  "ServiceUnavailable": 503,
  "SignatureDoesNotMatch": 400,
  "SignatureNonceUsed": 400,
  "SystemBusy": 400,
  "Throttling": 400,
  "Throttling.Api": 400,
  "Throttling.User": 400,
  "UnsupportedHTTPMethod": 400,
} as const satisfies Record<DocumentedErrorCode, number>;

/** Per action, the documented default of each business parameter that has one (what the service uses when it is not sent). */
export const parameterDefaults = {
  "CreateListener": {
    "DryRun": false,
    "RequestTimeout": 60,
    "IdleTimeout": 15,
    "GzipEnabled": true,
    "Http2Enabled": true,
    "SecurityPolicyId": "tls_cipher_policy_1_0",
    "CaEnabled": false
  },
  "GetListenerAttribute": {},
  "ListAsynJobs": {
    "MaxResults": 20
  },
  "ListListeners": {
    "MaxResults": 20
  },
  "UpdateListenerAttribute": {
    "DryRun": false
  },
  "StopListener": {
    "DryRun": false
  },
  "StartListener": {
    "DryRun": false
  },
  "DeleteListener": {
    "DryRun": false
  }
} as const;

/** Per action, the listener protocols a parameter applies to (`x-acs-listener-protocols`); a parameter not named applies to every protocol. */
export const parameterProtocols: { readonly [A in Action]: Readonly<Record<string, readonly string[]>> } = {
  "CreateListener": {
    "Http2Enabled": [
      "HTTPS"
    ],
    "SecurityPolicyId": [
      "HTTPS"
    ],
    "Certificates": [
      "HTTPS",
      "QUIC"
    ],
    "CaEnabled": [
      "HTTPS",
      "QUIC"
    ],
    "CaCertificates": [
      "HTTPS",
      "QUIC"
    ],
    "QuicConfig": [
      "HTTPS"
    ]
  },
  "GetListenerAttribute": {},
  "ListAsynJobs": {},
  "ListListeners": {},
  "UpdateListenerAttribute": {
    "Http2Enabled": [
      "HTTPS"
    ],
    "SecurityPolicyId": [
      "HTTPS"
    ],
    "Certificates": [
      "HTTPS",
      "QUIC"
    ],
    "CaEnabled": [
      "HTTPS",
      "QUIC"
    ],
    "CaCertificates": [
      "HTTPS",
      "QUIC"
    ],
    "QuicConfig": [
      "HTTPS"
    ]
  },
  "StopListener": {},
  "StartListener": {},
  "DeleteListener": {}
};

/** Per action, the top-level fields of its success response's body. */
export const responseFields = {
  "CreateListener": [
    "RequestId",
    "JobId",
    "ListenerId"
  ],
  "GetListenerAttribute": [
    "AclConfig",
    "AssociatedResources",
    "CaCertificates",
    "CaEnabled",
    "Certificates",
    "DefaultActions",
    "GzipEnabled",
    "Http2Enabled",
    "IdleTimeout",
    "ListenerDescription",
    "ListenerId",
    "ListenerPort",
    "ListenerProtocol",
    "ListenerStatus",
    "LoadBalancerId",
    "LogConfig",
    "QuicConfig",
    "RequestId",
    "RequestTimeout",
    "SecurityPolicyId",
    "ServiceManagedEnabled",
    "ServiceManagedMode",
    "Tags",
    "XForwardedForConfig"
  ],
  "ListAsynJobs": [
    "Jobs",
    "MaxResults",
    "NextToken",
    "RequestId",
    "TotalCount"
  ],
  "ListListeners": [
    "Listeners",
    "MaxResults",
    "NextToken",
    "RequestId",
    "TotalCount"
  ],
  "UpdateListenerAttribute": [
    "RequestId",
    "JobId"
  ],
  "StopListener": [
    "RequestId",
    "JobId"
  ],
  "StartListener": [
    "RequestId",
    "JobId"
  ],
  "DeleteListener": [
    "RequestId",
    "JobId"
  ]
} as const satisfies Record<Action, readonly string[]>;

/** Per action, for each list of objects in its success response (ListListeners' `Listeners`), the fields of an item. */
export const responseItemFields: { readonly [A in Action]: Readonly<Record<string, readonly string[]>> } = {
  "CreateListener": {},
  "GetListenerAttribute": {
    "AssociatedResources": [
      "AssociatedResourceType",
      "AssociatedResourceId",
      "PolicyId",
      "AssociatedMode",
      "Status"
    ],
    "CaCertificates": [
      "CertificateId",
      "IsDefault",
      "Status"
    ],
    "Certificates": [
      "CertificateId"
    ],
    "DefaultActions": [
      "ForwardGroupConfig",
      "Type"
    ],
    "Tags": [
      "Key",
      "Value"
    ]
  },
  "ListAsynJobs": {
    "Jobs": [
      "ApiName",
      "CreateTime",
      "ErrorCode",
      "ErrorMessage",
      "Id",
      "ModifyTime",
      "OperateType",
      "ResourceId",
      "ResourceType",
      "Status"
    ]
  },
  "ListListeners": {
    "Listeners": [
      "DefaultActions",
      "GzipEnabled",
      "Http2Enabled",
      "IdleTimeout",
      "ListenerDescription",
      "ListenerId",
      "ListenerPort",
      "ListenerProtocol",
      "ListenerStatus",
      "LoadBalancerId",
      "LogConfig",
      "QuicConfig",
      "RequestTimeout",
      "SecurityPolicyId",
      "Tags",
      "XForwardedForConfig"
    ]
  },
  "UpdateListenerAttribute": {},
  "StopListener": {},
  "StartListener": {},
  "DeleteListener": {}
};

/** Per action, its API version: the one value of its `x-acs-version` (V3) and `Version` (V1) parameters. */
export const actionVersions = {
  "CreateListener": "2020-06-16",
  "GetListenerAttribute": "2020-06-16",
  "ListAsynJobs": "2020-06-16",
  "ListListeners": "2020-06-16",
  "UpdateListenerAttribute": "2020-06-16",
  "StopListener": "2020-06-16",
  "StartListener": "2020-06-16",
  "DeleteListener": "2020-06-16"
} as const satisfies Record<Action, string>;

/** The documented codes a retry can help with (`x-acs-retryable: true`, each with its source in the spec). */
export const retryableErrorCodes: readonly DocumentedErrorCode[] = [
  "-21020",
  "-22001",
  "-22031",
  "IdempotenceProcessing",
  "IncorrectBusinessStatus.LoadBalancer",
  "IncorrectStatus.Listener",
  "IncorrectStatus.LoadBalancer",
  "InternalError",
  "Rejected.Throttling",
  "ResourceInConfiguring.Listener",
  "ServiceUnavailable",
  "SystemBusy",
  "Throttling",
  "Throttling.Api",
  "Throttling.User",
];
