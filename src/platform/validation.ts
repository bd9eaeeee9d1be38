import { z } from 'zod';

/**
 * Messages that name the problem in plain words, for every schema of the platform: a missing field is
 * "is required" rather than a type error about undefined.
 */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
    if (issue.code === 'invalid_type') return `must be ${issue.expected === 'int' ? 'a whole number' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`}`;
    if (issue.code === 'unrecognized_keys') return `is not a field that can be set here: ${issue.keys.join(', ')}`;
    return undefined;
  },
});

export { z };
