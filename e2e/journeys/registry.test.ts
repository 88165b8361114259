// Journey: the people registry (实有人口) at the smallest supported screen (1366×768). A grid worker
// registers a person at the door, finds them again by the exact ID number, sees the numbers masked,
// looks at the phone with a reason, and edits the record without loading the numbers; community
// staff import a spreadsheet with one bad row and download its error report, then import organisations
// and export their list (numbers masked); an administrator finds
// the look in the personal data access report. Real server on a fresh embedded database, Debian's
// Chromium. Needs `npm run build:web` first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { idNumberCheckChar, usccCheckChar } from '@wangge/domain';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';
import { apiLogin } from '../support/api.ts';
import { type Session, withFailureShot } from '../support/browser.ts';
import { assertNoProblems, chooseOption, logIn, shot } from '../support/console.ts';
import { journey } from '../support/journey.ts';
import { artifact } from '../support/paths.ts';

const run = journey({ logName: 'registry.server.log' });

const SMALL_SCREEN = { width: 1366, height: 768 };
const WORKER_GRID = '370102009002001';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A valid resident ID card number (GB 11643): address code, birth date, sequence (odd: male). */
function idCard(address: string, birth: string, seq: string): string {
  const first17 = `${address}${birth}${seq}`;
  return first17 + idNumberCheckChar(first17);
}

const PERSON = {
  name: '韩立新',
  idNumber: idCard('370102', '19880512', '037'),
  phone: '13953112468',
  occupation: '快递员',
};
const REVEAL_REASON = '上门走访前核对联系电话';

/** Set by the first test for the administrator's. */
let registered: { id: string; workerName: string } | null = null;

async function smallSession(): Promise<Session> {
  const session = await run.session();
  await session.page.setViewportSize(SMALL_SCREEN);
  return session;
}

/** Opens a page from the side menu (its group is opened first when given). */
async function openFromMenu(page: Page, label: string, path: RegExp, group?: string): Promise<void> {
  if (group) await page.getByRole('menuitem', { name: group }).click();
  await page.getByRole('menuitem', { name: label }).click();
  await page.waitForURL(path);
}

/** No part of the page is wider than the window: nothing to scroll sideways at 1366 px. */
async function assertFitsWidth(page: Page, what: string): Promise<void> {
  // A string: the e2e code is compiled without the DOM's types.
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
  assert.ok(overflow <= 0, `${what}: the page is ${overflow}px wider than the window`);
}

/** The text input of a form field (antd puts the test id on the input or on its wrapper). */
function input(page: Page, testId: string): Locator {
  return page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').trim();
}

/** Clicks what starts a browser download and keeps the file in e2e/artifacts. */
async function download(
  page: Page,
  trigger: Locator,
  name: string,
): Promise<{ file: Download; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger.click()]);
  const path = artifact(name);
  await file.saveAs(path);
  return { file, path };
}

/** The rows of a workbook's first sheet as text. */
async function sheetRows(path: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return rows;
}

describe('the people registry at 1366×768', () => {
  test('a grid worker registers a person, looks at the phone and edits the record', {
    timeout: 180_000,
  }, async () => {
    const worker = await apiLogin(run.server.baseUrl, 'gridworker');
    const grid = await worker.get<{
      buildingList: Array<{ code: string; name: string; units: Array<{ unitNo: number }> }>;
    }>(`/api/org/grids/${WORKER_GRID}`);
    const building = grid.buildingList.find((b) => b.units.length > 0);
    assert.ok(building, `grid ${WORKER_GRID} has a building with units`);
    const unitNo = building.units[0]!.unitNo;

    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'registry-1-person', async () => {
      const workerName = await logIn(session, 'gridworker');

      // Registering at the door: the ID number fills in the sex and birth date.
      await openFromMenu(page, '实有人口', /\/registry\/people$/, '名册');
      await page.getByTestId('people-new').click();
      await page.getByTestId('person-form').waitFor();
      await input(page, 'form-name').fill(PERSON.name);
      await input(page, 'form-idNumber').fill(PERSON.idNumber);
      assert.equal(await input(page, 'form-birthDate').inputValue(), '1988-05-12');
      await input(page, 'form-phone').fill(PERSON.phone);
      await chooseOption(page, page.getByTestId('form-grid'), WORKER_GRID);
      await chooseOption(page, page.getByTestId('form-building'), building.name);
      await chooseOption(page, page.getByTestId('form-unit'), `${unitNo} 单元`, false);
      await input(page, 'form-room').fill('302');
      await assertFitsWidth(page, 'new person');
      await shot(session, 'registry-1-new-person');
      await page.getByTestId('person-save').click();
      await page.waitForURL(/\/registry\/people\/[0-9a-f-]{36}$/);
      await page.getByTestId('person-name').filter({ hasText: PERSON.name }).waitFor();
      const id = new URL(page.url()).pathname.split('/').at(-1)!;

      // Found again by the exact ID number.
      await openFromMenu(page, '实有人口', /\/registry\/people$/);
      const search = input(page, 'people-search');
      await search.fill(PERSON.idNumber);
      await search.press('Enter');
      await page.waitForURL(/[?&]q=/);
      const rows = page.getByTestId('people-table').locator('tbody tr[data-row-key]');
      await rows.filter({ hasText: PERSON.name }).waitFor();
      assert.equal(await rows.count(), 1, 'one person has this ID number');
      assert.ok(!(await text(rows.first())).includes(PERSON.idNumber), 'the list masks the ID number');
      await assertFitsWidth(page, 'people list');
      await shot(session, 'registry-1-found');
      await rows.first().click();
      await page.waitForURL(new RegExp(`/registry/people/${id}$`));

      // Masked numbers; the phone in the clear after a reason.
      const idNumber = page.getByTestId('person-idNumber');
      const phone = page.getByTestId('person-phone');
      await idNumber.waitFor();
      const maskedId = await text(idNumber);
      const maskedPhone = await text(phone);
      assert.match(maskedId, /\*/, 'the ID number is masked');
      assert.notEqual(maskedId, PERSON.idNumber);
      assert.match(maskedPhone, /\*/, 'the phone is masked');
      await page.getByTestId('person-phone-reveal').click();
      const dialog = page.getByRole('dialog');
      await page.getByTestId('reveal-reason').fill(REVEAL_REASON);
      await page.getByTestId('reveal-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('[data-testid="person-phone"][data-revealed="true"]').waitFor();
      assert.equal(await text(phone), PERSON.phone);
      assert.equal(await idNumber.getAttribute('data-revealed'), 'false', 'the ID number stays masked');
      await assertFitsWidth(page, 'person');
      await shot(session, 'registry-1-phone-revealed');

      // Editing needs no look at the numbers: they start empty and are kept.
      await page.getByTestId('person-edit').click();
      await page.getByTestId('person-form').waitFor();
      assert.equal(await page.getByTestId('edit-unlock').count(), 0, 'no reveal step before editing');
      const idInput = input(page, 'form-idNumber');
      assert.equal(await idInput.inputValue(), '');
      const idPlaceholder = (await idInput.getAttribute('placeholder')) ?? '';
      assert.ok(idPlaceholder.includes(maskedId), `the ID number's mask as placeholder: ${idPlaceholder}`);
      assert.match(idPlaceholder, /不修改请留空/);
      const phoneInput = input(page, 'form-phone');
      assert.equal(await phoneInput.inputValue(), '');
      assert.ok(((await phoneInput.getAttribute('placeholder')) ?? '').includes(maskedPhone));
      await input(page, 'form-occupation').fill(PERSON.occupation);
      await assertFitsWidth(page, 'edit person');
      await shot(session, 'registry-1-edit');
      await page.getByTestId('person-save').click();
      await page.waitForURL(new RegExp(`/registry/people/${id}$`));

      const update = page.locator('[data-testid="history-entry"][data-action="person.update"]');
      const change = update.locator('[data-testid="history-change"][data-field="occupation"]');
      await change.waitFor();
      assert.match(await text(change), new RegExp(PERSON.occupation));
      assert.equal(
        await update.locator('[data-testid="history-change"]').count(),
        1,
        'only the occupation changed',
      );
      assert.equal(await text(page.getByTestId('person-idNumber')), maskedId, 'the ID number is kept');
      assert.equal(await text(page.getByTestId('person-phone')), maskedPhone, 'the phone is kept');
      await shot(session, 'registry-1-history');

      const found = await worker.get<{ total: number; items: Array<{ id: string }> }>(
        `/api/registry/people?q=${PERSON.idNumber}`,
      );
      assert.deepEqual(
        found.items.map((p) => p.id),
        [id],
        'the stored ID number is unchanged',
      );
      registered = { id, workerName };
    });
    assertNoProblems(session);
  });

  test('community staff import people with one bad row and download its error report', {
    timeout: 180_000,
  }, async () => {
    const community = await apiLogin(run.server.baseUrl, 'community');
    const grid = await community.get<{
      buildingList: Array<{ code: string; units: Array<{ unitNo: number }> }>;
    }>(`/api/org/grids/${WORKER_GRID}`);
    const building = grid.buildingList.find((b) => b.units.length > 0)!;
    const unit = String(building.units[0]!.unitNo);
    const good = [
      ['邵春梅', idCard('370102', '19620314', '046'), '户籍人口', '13805310101', building.code, unit, '501'],
      ['邵建华', idCard('370102', '19610820', '051'), '户籍人口', '', building.code, unit, '501'],
      ['卢晓东', idCard('370103', '19950107', '073'), '流动人口', '', building.code, unit, '502'],
    ];
    // The migrant's reason for moving is required: without it the row is refused.
    good[2]!.push('务工');
    const badId = idCard('370102', '19700101', '012');
    const wrongId = `${badId.slice(0, 17)}${badId.endsWith('0') ? '1' : '0'}`;
    const bad = ['错号码', wrongId, '户籍人口', '', building.code, unit, '503'];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('实有人口');
    sheet.addRow(['姓名*', '证件号码*', '居住类型*', '联系电话', '楼栋', '单元', '房间号', '流入原因']);
    for (const row of [...good.slice(0, 2), bad, good[2]!]) sheet.addRow(row);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'registry-2-import', async () => {
      await logIn(session, 'community');
      await openFromMenu(page, '导入名册', /\/registry\/imports$/, '名册');
      await page.getByTestId('import-entity').waitFor();
      await assertFitsWidth(page, 'import');
      await shot(session, 'registry-2-import');

      const template = await download(page, page.getByTestId('import-template'), 'registry-template.xlsx');
      assert.match(template.file.suggestedFilename(), /\.xlsx$/);
      const headers = (await sheetRows(template.path))[0] ?? [];
      assert.ok(
        headers.some((h) => h.startsWith('证件号码')),
        `the template's headers: ${headers.join(', ')}`,
      );

      await page.getByTestId('import-next').click();
      await page.getByText('只导入正确的行', { exact: true }).click();
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: '走访登记.xlsx', mimeType: XLSX, buffer: file });
      await page.getByTestId('import-start').click();
      await page.getByTestId('import-progress').waitFor();
      await shot(session, 'registry-2-progress');
      const job = page.locator('[data-testid="import-job"][data-status="done"]');
      await job.waitFor({ timeout: 60_000 });
      assert.match(await text(job), /导入完成/);
      await assertFitsWidth(page, 'import result');
      await shot(session, 'registry-2-result');

      const { items } = await community.get<{
        items: Array<{ fileName: string; inserted: number; failed: number; rowsRead: number }>;
      }>('/api/registry/imports');
      const imported = items.find((j) => j.fileName === '走访登记.xlsx');
      assert.ok(imported, 'the job is listed');
      assert.deepEqual(
        { rowsRead: imported.rowsRead, inserted: imported.inserted, failed: imported.failed },
        { rowsRead: 4, inserted: 3, failed: 1 },
      );

      const report = await download(page, page.getByTestId('import-errors'), 'registry-import-errors.xlsx');
      assert.match(report.file.suggestedFilename(), /\.xlsx$/);
      // One line per problem: the row's number in the file (the header is row 1), the column, the
      // value (numbers masked) and the reason.
      const [header, ...problems] = await sheetRows(report.path);
      assert.ok(header?.includes('原因'), `the report's header: ${header?.join(', ')}`);
      assert.deepEqual(
        problems.map((p) => [p[0], p[1]]),
        [['4', '证件号码']],
        `only the bad row's ID number: ${JSON.stringify(problems)}`,
      );
      assert.match(problems[0]![3] ?? '', /校验位/);
      assert.ok(!problems[0]!.includes(wrongId), 'the report masks the number');
      await shot(session, 'registry-2-errors-downloaded');
    });
    assertNoProblems(session);
  });

  test('community staff import organisations and export the list with masked numbers', {
    timeout: 180_000,
  }, async () => {
    const uscc = `91370102MA3E5F6G7${usccCheckChar('91370102MA3E5F6G7')}`;
    const phone = '13905318888';
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('单位组织');
    sheet.addRow(['单位名称', '单位类型', '统一社会信用代码', '联系人', '联系电话', '从业人数', '网格编码']);
    sheet.addRow(['甸柳快递驿站', '企业', uscc, '吕志明', phone, '4', WORKER_GRID]);
    sheet.addRow(['甸柳新村二区业主委员会', '业主委员会', '', '', '', '', WORKER_GRID]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'registry-3-organisations', async () => {
      await logIn(session, 'community');
      await openFromMenu(page, '导入名册', /\/registry\/imports$/, '名册');
      await page.getByTestId('import-entity').getByText('单位组织', { exact: true }).click();
      const template = await download(
        page,
        page.getByTestId('import-template'),
        'registry-org-template.xlsx',
      );
      assert.equal((await sheetRows(template.path))[0]?.[0], '单位名称', 'the organisations template');

      await page.getByTestId('import-next').click();
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: '辖区单位.xlsx', mimeType: XLSX, buffer: file });
      await page.getByTestId('import-start').click();
      const job = page.locator('[data-testid="import-job"][data-status="done"]');
      await job.waitFor({ timeout: 60_000 });
      assert.match(await text(job), /导入完成/);
      await shot(session, 'registry-3-organisations-imported');

      await openFromMenu(page, '单位组织', /\/registry\/organisations/);
      await page.getByText('甸柳快递驿站').first().waitFor();
      assert.equal(await page.getByText(phone).count(), 0, 'the list masks the phone');
      await assertFitsWidth(page, 'organisations');
      const exported = await download(page, page.getByTestId('orgs-export'), 'registry-organisations.xlsx');
      const [header, ...rows] = await sheetRows(exported.path);
      assert.ok(
        header?.some((h) => h.startsWith('联系电话')),
        `the export's header: ${header?.join(', ')}`,
      );
      const courier = rows.find((r) => r.includes('甸柳快递驿站'));
      assert.ok(courier, 'the imported organisation is in the export');
      assert.ok(courier.includes(uscc), 'with its credit code');
      assert.ok(!courier.includes(phone) && courier.includes('139****8888'), `masked: ${courier.join(', ')}`);
      assert.ok(rows.some((r) => r.includes('甸柳新村二区业主委员会')));
      await shot(session, 'registry-3-organisations-exported');
    });
    assertNoProblems(session);
  });

  test('an administrator finds the look at the phone in the access report', {
    timeout: 120_000,
  }, async () => {
    assert.ok(registered, 'the grid worker registered the person');
    const { id, workerName } = registered;
    const session = await smallSession();
    const { page } = session;
    await withFailureShot(session, 'registry-4-access', async () => {
      await logIn(session, 'admin');
      await page.goto(`/registry/people/${id}`, { waitUntil: 'domcontentloaded' });
      await page.getByTestId('person-name').filter({ hasText: PERSON.name }).waitFor();
      const menuEntry = page.getByRole('menuitem', { name: '个人信息访问记录' });
      assert.equal(await menuEntry.isVisible(), false, 'the admin group starts closed');

      // From the person to their access log: the menu opens the group of the page it is on.
      await page.getByRole('button', { name: '访问记录' }).click();
      await page.waitForURL(new RegExp(`/admin/access-report\\?subject=${id}$`));
      await menuEntry.waitFor();
      assert.match((await menuEntry.getAttribute('class')) ?? '', /ant-menu-item-selected/);
      await page.waitForFunction(
        `(() => { const e = document.querySelector('.ant-menu-item-selected'); const r = e && e.getBoundingClientRect();
          return Boolean(r) && r.top >= 0 && r.bottom <= window.innerHeight; })()`,
        undefined,
        { timeout: 5_000 },
      );

      const rows = page.getByTestId('access-table').locator('tbody tr[data-row-key]');
      const look = rows.filter({ hasText: REVEAL_REASON });
      await look.waitFor();
      const line = await text(look);
      assert.ok(line.includes(workerName), `by the grid worker: ${line}`);
      assert.match(line, /查看电话/);
      assert.ok(!line.includes(PERSON.phone), 'the report does not show the number');
      // Registering and editing loaded no number: the look at the phone is the only one.
      assert.equal(await rows.count(), 1, 'one look at this person');
      await assertFitsWidth(page, 'access report');
      // Both menu groups open are taller than the window: the menu scrolls, not the page.
      const below = Number(await page.evaluate('document.documentElement.scrollHeight - window.innerHeight'));
      assert.ok(below <= 0, `the page is ${below}px taller than the window`);
      await shot(session, 'registry-4-access-report');
    });
    assertNoProblems(session);
  });
});
