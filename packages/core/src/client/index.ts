/** The typed client and its errors. */
export * from './client.js';
export * from './errors.js';
