import type { ProblemIssue } from '@tongxin/core';

/**
 * Moves server issues (paths in the contract's shape, `body.reporter.name`) onto a form's fields
 * (`name`), given which contract paths the form's keys fill. `extra.<key>` goes to `<key>`.
 * @example fieldIssueMapper({ 'reporter.name': 'name' })({ path: ['body', 'reporter', 'name'], … }).path // ['name']
 */
export function fieldIssueMapper(fieldOf: Record<string, string>): (issue: ProblemIssue) => ProblemIssue {
  const paths = Object.keys(fieldOf).sort((a, b) => b.length - a.length);
  return (issue) => {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    if (path[0] === 'extra') return { ...issue, path: path.slice(1) };
    const dotted = path.filter((p) => typeof p === 'string').join('.');
    const match = paths.find((k) => dotted === k || dotted.startsWith(`${k}.`));
    return { ...issue, path: match ? [fieldOf[match]!] : path };
  };
}
