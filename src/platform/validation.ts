import { z } from 'zod';

/**
 * Messages that name the problem in plain words, for every schema of the platform: a missing field is
 * "is required" rather than a type error about undefined, a bound is said as a bound ("must be at most 64
 * characters", not "Too big: expected string to have <=64 characters"). A schema's own message wins.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
    if (issue.code === 'invalid_type') return `must be ${issue.expected === 'int' ? 'a whole number' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}`;
    if (issue.code === 'unrecognized_keys') return `is not a field that can be set here: ${issue.keys.join(', ')}`;
    if (issue.code === 'too_big') return boundMessage('most', issue.origin, Number(issue.maximum), issue.inclusive !== false);
    if (issue.code === 'too_small') return boundMessage('least', issue.origin, Number(issue.minimum), issue.inclusive !== false);
    if (issue.code === 'invalid_value') return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of ${issue.values.map(String).join(', ')}`;
    return undefined;
  },
});

function boundMessage(end: 'most' | 'least', origin: string, bound: number, inclusive: boolean): string | undefined {
  if (origin === 'string') return end === 'least' && bound === 1 ? 'must not be empty' : `must be at ${end} ${bound} characters`;
  if (origin === 'array' || origin === 'set') return end === 'least' && bound === 1 ? 'must hold at least one item' : `must list at ${end} ${bound} items`;
  if (origin === 'number' || origin === 'int' || origin === 'bigint') return inclusive ? `must be at ${end} ${bound}` : `must be ${end === 'most' ? 'less' : 'more'} than ${bound}`;
  return undefined;
}

export { z };
