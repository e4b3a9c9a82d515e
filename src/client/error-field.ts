// Which request field a service error concerns, so a form can put the error under it. Read first
// from the message, in every phrasing that names a parameter, then from the error code:
//
//   phrasing (the parameter in capitals)                                who writes it (source)
//   `Specified parameter X is not valid.`                               the API gateway: InvalidParameter, Invalid{X}, InvalidVersion
//                                                                       (developer.aliyun.com/ask/278265; help document_detail/435312)
//   `The input parameter "X" that is mandatory for processing this      the API gateway: MissingParameter (document_detail/435312, 51132)
//    request is not supplied`
//   `X is mandatory for this action.`                                   the API gateway: Missing{X} (ask/278265)
//   `The parameter X is invalid: <reason>.`                             this product's mock and cross-field rules (src/wire/messages.ts)
//   code `Missing{X}` / `Invalid{X}` (no dot)                           the API gateway's per-parameter codes (ask/278265)
//
// (all in ../shared/reference/wire-protocol.md, 3.2). Last, the contract's own map from a code to
// the field it concerns (`x-acs-error-field` on the error's example: ResourceAlreadyExist.Listener
// → ListenerPort), where a list position is resolved by the id the message names.

/** The wire name and the nested path (list positions 0-based) of the field an error concerns. */
export interface ErrorField {
  parameter: string;
  path: Array<string | number>;
}

const PHRASINGS: readonly RegExp[] = [
  /^Specified parameter ([A-Z][\w.]*) is not valid/,
  /^The input parameter "([A-Z][\w.]*)" that is mandatory/,
  /^([A-Z][\w.]*) is mandatory for this action/,
  /^The parameter ([A-Z][\w.]*) is invalid/,
];
const CODE = /^(?:Missing|Invalid)([A-Z]\w*)$/;
// The generic codes, whose name part is no parameter.
const GENERIC = new Set(['Parameter', 'Parameters']);

/** `DefaultActions.1.Type` → `['DefaultActions', 0, 'Type']`. */
export function pathOf(wireName: string): Array<string | number> {
  return wireName.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) - 1 : segment));
}

/** The parameter an error names in its message or its code, if any. */
export function namedParameter(code: string, message: string | undefined): string | undefined {
  for (const phrasing of PHRASINGS) {
    const named = message === undefined ? undefined : phrasing.exec(message.trim())?.[1];
    if (named) return named.replace(/\.$/, '');
  }
  const byCode = CODE.exec(code)?.[1];
  return byCode && !GENERIC.has(byCode) ? byCode : undefined;
}

/**
 * The field an error concerns: named by the message or the code, else the contract's field for
 * the code (`fields`, wire names with `N` for a list position), resolved against the request as
 * sent (`sent`, the flat wire parameters): the position whose value the message names, else the
 * only one sent, else the first.
 */
export function errorField(
  code: string,
  message: string | undefined,
  sent: ReadonlyMap<string, string>,
  fields: readonly string[] | undefined,
): ErrorField | undefined {
  const named = namedParameter(code, message);
  if (named) return { parameter: named, path: pathOf(named) };
  if (!fields || fields.length === 0) return undefined;
  const candidates: string[] = [];
  for (const field of fields) {
    const matcher = new RegExp(`^${field.replace(/\./g, '\\.').replace(/\\\.N(?=\\\.|$)/g, '\\.\\d+')}$`);
    for (const key of sent.keys()) if (matcher.test(key)) candidates.push(key);
  }
  const chosen =
    candidates.find((key) => message?.includes(sent.get(key)!) && sent.get(key) !== '') ??
    candidates[0] ??
    fields[0]!.replace(/\.N(?=\.|$)/g, '.1');
  return { parameter: chosen, path: pathOf(chosen) };
}
