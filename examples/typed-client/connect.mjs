// How the scripts reach a server: TONGXIN_ENDPOINT (default http://localhost:8080, what `npm start`
// runs) and TONGXIN_TENANT (default 211100, the demo county). A county platform passes its users'
// tokens from its own sign-in; these examples use the reference server's demo sign-in
// (TONGXIN_ACCOUNT, e.g. `staff`), which exists only when the server runs with --dev-login.
import { createClient, routes } from '@tongxin/core';

export const endpoint = process.env.TONGXIN_ENDPOINT ?? 'http://localhost:8080';
export const tenant = process.env.TONGXIN_TENANT ?? '211100';

/** A client with every route; signed in as `account` (demo sign-in) when one is given. */
export async function connect(account = process.env.TONGXIN_ACCOUNT) {
  let token;
  if (account) {
    const open = createClient({ baseUrl: endpoint, tenant, routes });
    ({ token } = await open.devLogin({ body: { account } }));
  }
  return createClient({ baseUrl: endpoint, tenant, routes, ...(token && { getToken: () => token }) });
}
