// A page's query parameter as one string: Next gives string[] when the parameter is repeated (?q=a&q=b); the first
// one counts, as a browser's form would send only one.
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
