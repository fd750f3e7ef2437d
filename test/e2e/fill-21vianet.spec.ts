import { expect, fixtureProfile, replicaState, send, tabIdOf, test } from './fixtures';

const HOST = 'https://icp.cloud.21vianet.com';

test('fills the 21Vianet subject step from a valid profile, framework state included', async ({ context, api }) => {
  const portal = await context.newPage();
  await portal.goto(`${HOST}/subject`);
  const tabId = await tabIdOf(api, `${HOST}/subject`);
  const report = await send(api, { type: 'icp:fill', tabId, profile: fixtureProfile('valid-enterprise.json') });
  console.log(JSON.stringify(report, null, 1));
  expect(report).toMatchObject({ ok: true, adapter: '21vianet', step: 'subject' });
  const state = await replicaState(portal);
  expect(state.unitName).toBe('杭州云栖示例科技有限公司');
});
