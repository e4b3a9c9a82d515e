// Alibaba's error envelope, as every mock answer that is an error carries it.
import { requestId } from './ids.ts';

export function errorEnvelope(code: string, message: string, hostId: string): Record<string, string> {
  const id = requestId();
  return {
    RequestId: id,
    HostId: hostId,
    Code: code,
    Message: message,
    Recommend: `https://api.alibabacloud.com/troubleshoot?q=${encodeURIComponent(code)}&product=Alb&requestId=${id}`,
  };
}
