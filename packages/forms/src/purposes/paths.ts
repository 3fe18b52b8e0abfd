/**
 * Where a form's answers live in a contract body: field keys with a contract meaning fill its
 * fields (`category` → `categoryCode`), every other answer goes to `extra.<key>`. Issues move both
 * ways: the server's (`body.reporter.name`) onto the form's field (`name`), and the validator's
 * (`name`) onto the body (`body.reporter.name`).
 */
import type { ProblemIssue } from '@tongxin/core';

/** Contract paths (dotted) → field keys. */
export type FieldPaths = Record<string, string>;

/**
 * Moves server issues (`body.reporter.name`) onto a form's fields (`name`); `extra.<key>` → `<key>`.
 * @example fieldIssueMapper({ 'reporter.name': 'name' })({ path: ['body', 'reporter', 'name'], … }).path // ['name']
 */
export function fieldIssueMapper(fieldOf: FieldPaths): (issue: ProblemIssue) => ProblemIssue {
  const paths = Object.keys(fieldOf).sort((a, b) => b.length - a.length);
  return (issue) => {
    const path = issue.path[0] === 'body' ? issue.path.slice(1) : issue.path;
    if (path[0] === 'extra') return { ...issue, path: path.slice(1) };
    const dotted = path.filter((p) => typeof p === 'string').join('.');
    const match = paths.find((k) => dotted === k || dotted.startsWith(`${k}.`));
    return { ...issue, path: match ? [fieldOf[match]!] : path };
  };
}

/**
 * Moves a validator's issues (`name`, `photos.1`) onto the request body (`body.reporter.name`,
 * `body.attachmentIds.1`); answers without a contract meaning are under `body.extra`.
 * @example bodyIssueMapper({ 'reporter.name': 'name' })({ path: ['name'], … }).path // ['body', 'reporter', 'name']
 */
export function bodyIssueMapper(fieldOf: FieldPaths): (issue: ProblemIssue) => ProblemIssue {
  const pathOf = new Map<string, string>();
  for (const [path, key] of Object.entries(fieldOf)) if (!pathOf.has(key) || path.length > pathOf.get(key)!.length) pathOf.set(key, path);
  return (issue) => {
    const [key, ...rest] = issue.path;
    const path = pathOf.get(String(key));
    return { ...issue, path: ['body', ...(path ? path.split('.') : ['extra', String(key)]), ...rest] };
  };
}
