// Tokens from a county platform's identity provider: ES256/RS256 keys and JWKS, issuer and
// audience checks, expiry; the dev login only when enabled; idempotency keys pruned after a day.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { createVerifier } from './auth.js';
import { pgliteTarget } from './target.fixtures.js';

const claims = { name: '王文', tenant: '211100', roles: ['staff'] };
const sign = (key: CryptoKey, alg: string, extra: { issuer?: string; audience?: string; expires?: string; kid?: string } = {}) => {
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg, ...(extra.kid && { kid: extra.kid }) })
    .setSubject('u_staff')
    .setIssuedAt()
    .setExpirationTime(extra.expires ?? '1h');
  if (extra.issuer) jwt = jwt.setIssuer(extra.issuer);
  if (extra.audience) jwt = jwt.setAudience(extra.audience);
  return jwt.sign(key);
};

describe('token verification', () => {
  it('accepts ES256 and RS256 tokens signed by the configured public keys, with issuer and audience', async () => {
    const es = await generateKeyPair('ES256', { extractable: true });
    const rs = await generateKeyPair('RS256', { extractable: true });
    const verify = await createVerifier({
      publicKeys: [
        { alg: 'ES256', pem: await exportSPKI(es.publicKey) },
        { alg: 'RS256', pem: await exportSPKI(rs.publicKey) },
      ],
      issuer: 'https://sso.panjin.example.gov.cn',
      audience: 'tongxin',
    });
    const good = { issuer: 'https://sso.panjin.example.gov.cn', audience: 'tongxin' };
    assert.deepEqual(await verify(await sign(es.privateKey, 'ES256', good)), {
      id: 'u_staff',
      name: '王文',
      tenant: '211100',
      roles: ['staff'],
    });
    assert.equal((await verify(await sign(rs.privateKey, 'RS256', good)))?.id, 'u_staff');
    assert.equal(await verify(await sign(es.privateKey, 'ES256', { ...good, audience: 'other' })), undefined, 'wrong audience');
    assert.equal(await verify(await sign(es.privateKey, 'ES256', { ...good, issuer: 'https://evil.example' })), undefined, 'wrong issuer');
    assert.equal(await verify(await sign(es.privateKey, 'ES256', { ...good, expires: '-1m' })), undefined, 'expired');
    const stranger = await generateKeyPair('ES256');
    assert.equal(await verify(await sign(stranger.privateKey, 'ES256', good)), undefined, 'unknown key');
  });

  it('finds the key in a JWKS by its kid', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    const verify = await createVerifier({ jwks: { keys: [jwk] } });
    assert.equal((await verify(await sign(privateKey, 'ES256', { kid: 'k1' })))?.name, '王文');
  });

  it('drops roles it does not know and refuses tokens without a county', async () => {
    const verify = await createVerifier({ hs256Secret: 'x'.repeat(32) });
    const key = new TextEncoder().encode('x'.repeat(32));
    const token = await new SignJWT({ name: 'a', tenant: '211100', roles: ['staff', 'root'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime('1h')
      .sign(key);
    assert.deepEqual((await verify(token))?.roles, ['staff']);
    const noTenant = await new SignJWT({ name: 'a', roles: ['staff'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u1')
      .setExpirationTime('1h')
      .sign(key);
    assert.equal(await verify(noTenant), undefined);
  });
});

describe('dev login and key pruning', () => {
  let t: Awaited<ReturnType<typeof pgliteTarget>>;
  before(async () => {
    t = await pgliteTarget({ devLogin: false });
  });
  after(() => t.close());

  it('refuses the dev login unless it was enabled, and lists no demo accounts', async () => {
    const res = await t.fetch('/v1/211100/auth/dev-login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'staff' }),
    });
    assert.equal(res.status, 403);
    assert.deepEqual(await (await t.fetch('/v1/211100/auth/dev-accounts')).json(), []);
  });

  it('prunes idempotency keys older than 24 hours and keeps newer ones', async () => {
    await t.db.query(
      `insert into idempotency_keys (tenant, principal, key, request_hash, status, response, created_at) values
       ('211100', 'anonymous', 'old-key-1', 'h', 201, '{}', now() - interval '25 hours'),
       ('211100', 'anonymous', 'new-key-1', 'h', 201, '{}', now() - interval '23 hours')`,
    );
    await t.app.pruneKeys();
    const keys = (await t.db.query<{ key: string }>("select key from idempotency_keys where key in ('old-key-1', 'new-key-1')")).map(
      (r) => r.key,
    );
    assert.deepEqual(keys, ['new-key-1']);
  });
});
