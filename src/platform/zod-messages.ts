import { z } from 'zod';

/** Plain messages for the checks every schema shares, in place of zod's technical defaults. */
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'This field is required.';
      if (issue.input === null) return 'This field cannot be empty.';
      return `Expected ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}.`;
    }
    if (issue.code === 'invalid_value' && 'values' in issue) {
      return `Choose one of: ${issue.values.map(String).join(', ')}.`;
    }
    if (issue.code === 'unrecognized_keys') return `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`;
    return undefined;
  },
});
