/** Path parameters taken from a pattern such as /console/people/:id. */
export type PathParams = Record<string, string>;

/**
 * Matches a pathname against a pattern of literal segments and :name parameters; the whole path must
 * match (a trailing slash is ignored). Returns the decoded parameters, or null.
 */
export function matchPath(pattern: string, pathname: string): PathParams | null {
  const patternSegments = segmentsOf(pattern);
  const pathSegments = segmentsOf(pathname);
  if (patternSegments.length !== pathSegments.length) return null;
  const params: PathParams = {};
  for (const [index, expected] of patternSegments.entries()) {
    const actual = pathSegments[index]!;
    if (expected.startsWith(':')) {
      params[expected.slice(1)] = safeDecode(actual);
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
