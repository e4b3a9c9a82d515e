// The messages of the two parameter errors, in the gateway's words, written once for the wire
// validator and the mock's cross-field rules.
export function missingParameterMessage(parameter: string): string {
  return `The input parameter "${parameter}" that is mandatory for processing this request is not supplied.`;
}

/** `reason` ends without a full stop; the message adds it. */
export function invalidParameterMessage(parameter: string, reason: string): string {
  return `The parameter ${parameter} is invalid: ${reason.replace(/\.$/, '')}.`;
}
