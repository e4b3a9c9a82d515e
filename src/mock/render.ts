// Bodies as Alibaba sends them: JSON by default; XML when asked (`Format=XML` with V1, or an Accept
// header naming XML), under the root element the contract's schema names. A list is OpenAPI's XML
// default (no `xml.wrapped` in the contract): one element per item, named as the list
// (`<Listeners>…</Listeners><Listeners>…</Listeners>`).
export const JSON_TYPE = 'application/json;charset=utf-8';
export const XML_TYPE = 'text/xml;charset=utf-8';

export function wantsXml(query: Record<string, string>, headers: Record<string, string>): boolean {
  const format = query.Format?.toLowerCase();
  if (format === 'xml') return true;
  if (format === 'json') return false;
  const accept = headers.accept ?? '';
  if (/\bjson\b/i.test(accept)) return false;
  if (/\bxml\b/i.test(accept)) return true;
  // V1 without Format gets XML, the documented default; V3 gets JSON.
  return query.Action !== undefined && headers['x-acs-action'] === undefined;
}

export function renderBody(body: Record<string, unknown>, xml: boolean, root: string): { contentType: string; text: string } {
  if (!xml) return { contentType: JSON_TYPE, text: JSON.stringify(body) };
  return { contentType: XML_TYPE, text: `<?xml version='1.0' encoding='UTF-8'?>${element(root, body)}` };
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => element(name, item)).join('');
  if (value !== null && typeof value === 'object')
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  return `<${name}>${escapeXml(String(value ?? ''))}</${name}>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
