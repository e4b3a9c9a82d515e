// Error examples are the catalogue of error codes: each example is keyed by its Code, a Code
// appears once across the operation, and the example declares (x-acs-http-status) the status it
// must sit under, so moving a code to another status is a visible, reviewed change.
export default function errorExamplesByStatus(responses, _options, context) {
  const problems = [];
  const seen = new Map();
  for (const [status, response] of Object.entries(responses ?? {})) {
    if (!/^[45]\d\d$/.test(status)) continue;
    for (const [mediaType, media] of Object.entries(response?.content ?? {})) {
      for (const [name, example] of Object.entries(media?.examples ?? {})) {
        const path = [...context.path, status, 'content', mediaType, 'examples', name];
        const code = example?.value?.Code;
        if (code !== name) problems.push({ message: `Error example "${name}" has Code "${code}"; name it after its Code.`, path });
        if (String(example?.['x-acs-http-status']) !== status)
          problems.push({
            message: `Error example "${name}" declares status ${example?.['x-acs-http-status']} but sits under ${status}.`,
            path,
          });
        const key = `${mediaType} ${code}`;
        if (seen.has(key)) problems.push({ message: `Error code "${code}" appears under ${seen.get(key)} and ${status}.`, path });
        seen.set(key, status);
      }
    }
  }
  return problems;
}
