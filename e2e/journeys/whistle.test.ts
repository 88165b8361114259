// Journey: 吹哨报到 — the command centre dispatches a case at department level to a lead (城管执法)
// and two assisting departments (市场监管, 住建) at once; each department finds it on its workbench
// and in its list; the assistants claim and report their part, the lead claims and feeds back; the
// community checks it, the command centre rates it for the caller and closes it. Real server on a
// fresh embedded database, Debian's Chromium. Needs `npm run build:web` first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type ApiClient,
  actOnCase,
  apiLogin,
  type CreatedCase,
  departments,
  gridInfo,
  reportHotlineCase,
} from '../support/api.ts';
import { type Session, withFailureShot } from '../support/browser.ts';
import {
  assertNoProblems,
  chooseOption,
  expectLastEntry,
  expectStatus,
  logIn,
  openCase,
  openCaseList,
  openWorkbench,
  shot,
  takeAction,
  timelineActions,
  workbenchCount,
} from '../support/console.ts';
import { journey } from '../support/journey.ts';

const run = journey({ logName: 'whistle.server.log' });

/** A grid of 甸柳新村第一社区, where the demo community login works. */
const GRID = '370102009002002';
/** Handlers of the assisting departments: the demo has a login for 城管执法 only, so the admin adds two. */
const PASSWORD = 'Whistle-2026';
const HANDLERS = [
  { username: 'e2e.scjg', department: '市场监管', displayName: '市场监管办理人' },
  { username: 'e2e.zj', department: '住建', displayName: '住建办理人' },
];

async function addHandlers(admin: ApiClient): Promise<void> {
  const all = await departments(admin);
  for (const h of HANDLERS) {
    const department = all.find((d) => d.name === h.department);
    assert.ok(department, `the demo has the department ${h.department}`);
    await admin.post('/api/auth/users', {
      username: h.username,
      displayName: h.displayName,
      kind: 'staff',
      password: PASSWORD,
      roles: [{ role: 'departmentHandler', departmentId: department.id }],
    });
  }
}

describe('吹哨报到: one lead and two assisting departments', () => {
  let created: CreatedCase | undefined;
  /** Each department's session, kept open from seeing the case to feeding back. */
  const departmentSessions = new Map<string, { session: Session; name: string }>();

  test('the command centre dispatches the accepted case to three departments at once', {
    timeout: 150_000,
  }, async () => {
    const base = run.server.baseUrl;
    const [admin, hotline, dispatcherApi] = await Promise.all([
      apiLogin(base, 'admin'),
      apiLogin(base, 'hotline'),
      apiLogin(base, 'dispatcher'),
    ]);
    await addHandlers(admin);
    const grid = await gridInfo(hotline, GRID);
    created = await reportHotlineCase(hotline, {
      title: '沿街商铺违规搭建雨棚占用人行道',
      description: '沿街三家商铺违规搭建雨棚并占道经营，雨棚结构不稳，存在安全隐患',
      location: grid.point,
    });
    await actOnCase(dispatcherApi, created.id, { type: 'accept' });

    const session = await run.session();
    const { page } = session;
    await withFailureShot(session, 'whistle-1-dispatcher', async () => {
      assert.ok(created);
      const dispatcher = await logIn(session, 'dispatcher');
      await openCase(page, created.id);
      await expectStatus(page, '待派单');
      await takeAction(page, 'dispatch', '待签收', async (dialog) => {
        await chooseOption(page, dialog.getByTestId('dispatch-lead-department'), '城管执法');
        const assists = dialog.getByTestId('dispatch-assists');
        await chooseOption(page, assists, '市场监管');
        await chooseOption(page, assists, '住建');
        await dialog.locator('textarea#note').fill('吹哨报到：城管执法牵头拆除，市场监管、住建协同');
        await shot(session, 'whistle-1-dispatch-form');
      });
      await expectLastEntry(page, '派单', dispatcher);
      assert.match((await page.getByTestId('case-level').textContent()) ?? '', /职能部门（吹哨）/);
      const rows = await page
        .getByTestId('case-assignments')
        .locator('tbody tr[data-row-key]')
        .evaluateAll((trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, '')));
      assert.equal(rows[0], '主办城管执法待签收—', 'the lead first');
      assert.deepEqual(rows.slice(1).sort(), ['协办住建待签收—', '协办市场监管待签收—']);
      await shot(session, 'whistle-1-dispatched');
    });
    assertNoProblems(session);
  });

  test('each department finds it on its workbench and in its list', { timeout: 150_000 }, async () => {
    assert.ok(created, 'the case was dispatched');
    const logins = [
      { username: 'dept', password: undefined, tag: 'cgzf' },
      ...HANDLERS.map((h) => ({ username: h.username, password: PASSWORD, tag: h.username.split('.')[1] })),
    ];
    for (const login of logins) {
      const session = await run.session();
      const { page } = session;
      await withFailureShot(session, `whistle-2-${login.tag}`, async () => {
        assert.ok(created);
        const name = await logIn(session, login.username, login.password);
        departmentSessions.set(login.username, { session, name });
        await openWorkbench(page);
        assert.equal(
          await workbenchCount(page, 'to_handle', (n) => n >= 1),
          1,
          `${login.username}: one case to handle`,
        );
        await shot(session, `whistle-2-${login.tag}-workbench`);
        await openCaseList(page, '?task=to_handle');
        await page.getByTestId(`case-row-${created.number}`).waitFor();
        await shot(session, `whistle-2-${login.tag}-list`);
      });
      assertNoProblems(session);
    }
  });

  test('the assistants report their part, the lead feeds back', { timeout: 150_000 }, async () => {
    assert.ok(created && departmentSessions.size === 3, 'every department has seen the case');
    const id = created.id;
    const lead = departmentSessions.get('dept');
    assert.ok(lead);
    await withFailureShot(lead.session, 'whistle-3-lead-claim', async () => {
      await openCase(lead.session.page, id);
      await takeAction(lead.session.page, 'claim', '处置中');
      await expectLastEntry(lead.session.page, '签收', lead.name);
    });
    for (const h of HANDLERS) {
      const assistant = departmentSessions.get(h.username);
      assert.ok(assistant);
      const { page } = assistant.session;
      await withFailureShot(assistant.session, `whistle-3-${h.username}`, async () => {
        await openCase(page, id);
        // An assistant's claim and feedback are recorded on its part; the case stays with the lead.
        await takeAction(page, 'claim', '处置中');
        await expectLastEntry(page, '签收', assistant.name);
        await takeAction(page, 'feedback', '处置中', async (dialog) => {
          await dialog.locator('textarea#result').fill(`${h.department}已完成协办部分`);
        });
        await expectLastEntry(page, '处置反馈', assistant.name);
      });
      assertNoProblems(assistant.session);
    }
    const { page } = lead.session;
    await withFailureShot(lead.session, 'whistle-3-lead-feedback', async () => {
      await openCase(page, id);
      await takeAction(page, 'feedback', '待核查', async (dialog) => {
        await dialog.locator('textarea#result').fill('三部门联合执法，违规雨棚已拆除，商铺退回店内经营');
      });
      await expectLastEntry(page, '处置反馈', lead.name);
      const rows = await page
        .getByTestId('case-assignments')
        .locator('tbody tr[data-row-key]')
        .evaluateAll((trs) => trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, '')));
      const departmentsDone = rows.map((r) => r.replace(/^(主办|协办)(.+?)已反馈.*$/, '$1$2'));
      assert.deepEqual(
        [departmentsDone[0], ...departmentsDone.slice(1).sort()],
        ['主办城管执法', '协办住建', '协办市场监管'],
        rows.join(' | '),
      );
      await shot(lead.session, 'whistle-3-fed-back');
    });
    assertNoProblems(lead.session);
  });

  test('the community checks it; the command centre rates it for the caller and closes it', {
    timeout: 150_000,
  }, async () => {
    assert.ok(created, 'the case was fed back');
    const id = created.id;
    const community = await run.session();
    await withFailureShot(community, 'whistle-4-community', async () => {
      const name = await logIn(community, 'community');
      await openCase(community.page, id);
      await takeAction(community.page, 'check', '待评价', async (dialog) => {
        await dialog.locator('textarea#note').fill('现场核查：雨棚已拆除，人行道畅通');
      });
      await expectLastEntry(community.page, '核查', name);
    });
    assertNoProblems(community);

    const centre = await run.session();
    const { page } = centre;
    await withFailureShot(centre, 'whistle-4-dispatcher', async () => {
      const name = await logIn(centre, 'dispatcher');
      await openCase(page, id);
      await takeAction(page, 'evaluate', '待回访', async (dialog) => {
        await dialog.getByText('基本满意', { exact: true }).click();
      });
      await expectLastEntry(page, '评价', name);
      await takeAction(page, 'close', '已办结', async (dialog) => {
        await dialog.locator('textarea#note').fill('联合处置完毕，结案');
      });
      await expectLastEntry(page, '结案', name);
      const actions = await timelineActions(page);
      assert.deepEqual(actions, [
        'report',
        'accept',
        'dispatch',
        'claim',
        'claim',
        'feedback',
        'claim',
        'feedback',
        'feedback',
        'check',
        'evaluate',
        'close',
      ]);
      await shot(centre, 'whistle-4-closed');
    });
    assertNoProblems(centre);
  });
});
