// stripe-mock's rule: every error, whatever its status or media type, has one shape. The envelope
// is recognised by its title after $refs are resolved.
const ENVELOPE_TITLE = 'ErrorEnvelope';

export default function errorResponsesUseEnvelope(responses, _options, context) {
  const problems = [];
  for (const [status, response] of Object.entries(responses ?? {})) {
    if (!/^[45]\d\d$/.test(status)) continue;
    const content = response?.content ?? {};
    if (Object.keys(content).length === 0)
      problems.push({ message: `Error response ${status} has no body.`, path: [...context.path, status] });
    for (const [mediaType, media] of Object.entries(content)) {
      if (media?.schema?.title !== ENVELOPE_TITLE)
        problems.push({
          message: `Error response ${status} (${mediaType}) does not use the ${ENVELOPE_TITLE} schema.`,
          path: [...context.path, status, 'content', mediaType],
        });
    }
  }
  return problems;
}
