/** English strings, loaded only when a page asks for this language. */
import type { UiStrings } from './strings.js';

const en: UiStrings = {
  required: '(required)',
  choose: 'Please choose',
  previous: 'Previous',
  next: 'Next',
  submit: 'Submit',
  steps: 'Steps',
  step: (n, total, title) => `Step ${n} of ${total}: ${title}`,
  summary: (count) => (count === 1 ? 'There is 1 problem to fix' : `There are ${count} problems to fix`),
  issue: (label, message) => `${label}: ${message}`,
  counter: (n, max) => `${n} of at most ${max} characters`,
  remove: 'Remove',
  removeFile: (name) => `Remove ${name}`,
  chosenFiles: 'Chosen files',
  fileTooBig: (name, max) => `The file “${name}” is too large: at most ${max} per file`,
  fileType: (name) => `The type of the file “${name}” is not accepted`,
  tooManyFiles: (max) => `At most ${max} files`,
  divisionHint: 'The 12-digit statistical division code, e.g. 211102001000',
  personHint: 'Member ids, separated by commas',
  levels: {
    province: 'Province',
    prefecture: 'City',
    county: 'District or county',
    town: 'Town or subdistrict',
    village: 'Village or community',
  },
  findMember: 'Find a member (name, sector or party)',
  addMember: (name) => `Add ${name}`,
  removeMember: (name) => `Remove ${name}`,
  chosenMembers: 'Chosen members',
  noMatch: 'No member matches',
  membersFull: (max) => `At most ${max}`,
  matches: (n) => (n === 1 ? '1 member found' : `${n} members found`),
  residentIdHint: 'Only the first 3 and last 4 characters are shown outside the box',
  lng: 'Longitude',
  lat: 'Latitude',
  submitted: 'Submitted',
};

/** UI strings per language. */

export default en;
