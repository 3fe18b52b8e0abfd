export * from './division.js';
export * from './phone.js';
export * from './resident-id.js';
export * from './result.js';
export * from './text.js';
