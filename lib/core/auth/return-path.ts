// Where to go after signing in, from ?next=: only a path on this site. "//evil.example" and "/\evil.example" are
// read by browsers as another host, and a full URL could be anywhere; those fall back to the home page.
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  // Control characters (a tab or newline inside "/\t/evil.example") are stripped by URL parsers before reading.
  // eslint-disable-next-line no-control-regex -- refusing control characters (header splitting) is the point
  if (/[\u0000-\u001f\u007f]/.test(next)) return "/";
  return next;
}
