/** `@tongxin/server`: the reference API for the Tongxin widgets. */

export { buildDemoData, type DemoData } from '@tongxin/core/demo';
export { type AppOptions, createApp, pickLocale } from './app.js';
export { type AuthOptions, createVerifier, type Principal, signToken } from './auth.js';
export { type Database, openPglite, openPostgres, type Sql } from './db/database.js';
export { migrate, migrations } from './db/migrations.js';
export { ProblemError } from './problem.js';
export { loadDemoData } from './seed-loader.js';
export { openDatabase, type RunningServer, type ServerOptions, startServer } from './server.js';
