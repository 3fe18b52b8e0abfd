// Sends a 社情民意 item with an idempotency key, sends it again with the same key (the server answers
// with the same receipt: one record, however often a flaky network makes us retry), shows what the
// server says about a bad one, and looks the first up by tracking code and password.
//   node examples/typed-client/opinions.mjs
import { isHttpError, isValidationError, uuid } from '@tongxin/core';
import { connect } from './connect.mjs';

const api = await connect();
const body = {
  title: '村口路灯损坏两个月无人维修',
  situation: '兴隆台区某村村口三盏路灯已坏两个月，夜间老人和学生出行很不方便，希望尽快维修。',
  publish: { consent: true },
  reporter: { anonymous: true },
};

// One key per submission, kept until the server has answered: a retry is then a replay.
const idempotencyKey = uuid();
const receipt = await api.createOpinion({ body, idempotencyKey });
const again = await api.createOpinion({ body, idempotencyKey });
console.log(`tracking code ${receipt.trackingCode}, password ${receipt.queryPassword}`);
console.log(`sent twice with one key: ${again.id === receipt.id ? 'one record' : 'TWO records'}`);

// A problem is data, never a stack trace: the client refuses what the contract forbids before
// sending, the server answers RFC 9457 problem+json with issues per field.
try {
  await api.createOpinion({ body: { ...body, title: '' } });
} catch (error) {
  if (isValidationError(error)) for (const issue of error.issues) console.log(`refused: ${issue.path.join('.')} — ${issue.message}`);
  else if (isHttpError(error)) console.log(`refused: ${error.problem.title}`);
  else throw error;
}

const view = await api.lookupOpinion({ body: { trackingCode: receipt.trackingCode, password: receipt.queryPassword } });
console.log(`status: ${view.status}`);
