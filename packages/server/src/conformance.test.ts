// The contract conformance suite against the reference server: on embedded PGlite always, and on a
// real PostgreSQL when TONGXIN_TEST_DATABASE_URL is set (CI sets it; `npm test` starts one when it can).
import { conformance } from '../../../test/conformance/suite.js';
import { freshPostgres, pgliteTarget, serverTarget } from './target.fixtures.js';

conformance('reference server on PGlite', () => pgliteTarget());
if (process.env.TONGXIN_TEST_DATABASE_URL) {
  conformance('reference server on PostgreSQL', async () => serverTarget((await freshPostgres())!));
}
