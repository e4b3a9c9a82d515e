// The JSON Schema keywords that annotate and never constrain: what each reader of a schema leaves
// out when it compiles, compares or derives one. Each reader adds its own (a compiler drops
// `default`; the gate also skips `xml`), saying why beside it.
export const ANNOTATION_KEYWORDS: readonly string[] = ['description', 'title', 'examples', 'example', '$comment'];
