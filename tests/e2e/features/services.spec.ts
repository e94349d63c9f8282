import { test, expect } from '../support/fixtures.js';
import { openHearth } from '../support/focus.js';
import { enterPinWithDigits } from '../support/pin.js';
import { formRow, typeChineseIntoRow, typeIntoRow } from '../support/service-form.js';
import { holdsFocus, pressScreenKey, typeOnScreen, walkTo } from '../support/walk.js';
import type { Dpad } from '../support/dpad.js';
import type { Page } from '@playwright/test';

const PIN = '246802';
const SERVICE = 'library-card';
/** A real-looking number whose check digit is wrong (the right one ends in X). */
const WRONG_ID = '110105194912310021';

/** Opens 电视办 and gives (or first chooses) the household PIN with the remote's digits. */
async function openServices(page: Page, dpad: Dpad, firstTime: boolean): Promise<void> {
  await openHearth(page, '/#/services');
  await enterPinWithDigits(dpad, PIN);
  if (firstTime) await enterPinWithDigits(dpad, PIN);
  // The first load compiles every form and builds the pinyin index: give it time.
  await expect(page.locator('hearth-services-catalogue')).toBeVisible({ timeout: 15_000 });
}

test.describe('government services with the remote', () => {
  test('find by pinyin initials, fill in with the D-pad, a wrong ID refused, carry on after a reload, submit and follow it', async ({
    page,
    dpad,
  }) => {
    test.setTimeout(180_000);
    await openServices(page, dpad, true);

    // Search by pinyin initials on the on-screen keyboard: 图书馆读者 → tsgdz.
    await walkTo(page, dpad, page.locator('[data-action="search"]'));
    await dpad.press('Ok');
    await dpad.press('Down');
    await typeOnScreen(page, dpad, 'tsgdz');
    const card = page.locator(`hearth-services-catalogue [data-service="${SERVICE}"]`);
    await expect(card).toContainText('公共图书馆读者证办理');
    await walkTo(page, dpad, card);
    await dpad.press('Ok');
    await expect(page.locator('hearth-service-detail h2')).toHaveText('公共图书馆读者证办理');
    // The detail screen puts focus on 开始办理; a person presses OK once it shows there.
    const apply = page.locator('hearth-service-detail [data-action="apply"]');
    await expect.poll(() => holdsFocus(apply)).toBe(true);
    await dpad.press('Ok');
    await expect(page.locator('hearth-service-form')).toContainText('第 1 步，共 2 步');
    // Every step names the service applied for, not only the form's own title.
    await expect(page.locator('hearth-service-form h2')).toHaveText('公共图书馆读者证办理');

    // A Chinese name by pinyin, picked from the candidate bar.
    await typeChineseIntoRow(page, dpad, '/name', [
      ['zhang', '张'],
      ['san', '三'],
    ]);

    // A wrong ID number is refused next to the field, and said aloud.
    await typeIntoRow(page, dpad, '/idNumber', WRONG_ID);
    await expect(formRow(page, '/idNumber')).toContainText('身份证号码的校验位不对');
    await expect(page.locator('[data-speech="assertive"]')).toContainText('校验位不对');

    // Switched off mid-form: after a reload the draft is there.
    await page.waitForTimeout(600); // the autosave writes within 300 ms of the last change
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('hearth:first-focus').length > 0);
    await enterPinWithDigits(dpad, PIN);
    await walkTo(page, dpad, page.locator('[data-action="drafts"]'));
    await expect(page.locator('[data-action="drafts"]')).toContainText('草稿箱（1）');
    await dpad.press('Ok');
    await walkTo(page, dpad, page.locator(`[data-draft="${SERVICE}"]`));
    await dpad.press('Ok');
    await expect(formRow(page, '/name')).toContainText('张三');
    await expect(formRow(page, '/idNumber')).toContainText(WRONG_ID);

    // Put the check digit right: delete the last digit, type X.
    await walkTo(page, dpad, formRow(page, '/idNumber'));
    await dpad.press('Ok');
    await pressScreenKey(page, dpad, 'delete');
    await typeOnScreen(page, dpad, 'X');
    await pressScreenKey(page, dpad, 'done');
    await expect(formRow(page, '/idNumber')).toContainText('11010519491231002X');
    await expect(formRow(page, '/idNumber')).not.toContainText('校验位');

    await typeIntoRow(page, dpad, '/mobile', '13812345678');
    await walkTo(page, dpad, formRow(page, '/ageGroup'));
    await dpad.press('Ok');
    await walkTo(page, dpad, page.locator('hearth-choice-list [data-value="senior"]'));
    await dpad.press('Ok');
    await expect(formRow(page, '/ageGroup')).toContainText('老年');

    await walkTo(page, dpad, page.locator('[data-action="next"]'));
    await dpad.press('Ok');
    await expect(page.locator('hearth-service-form')).toContainText('第 2 步，共 2 步');
    await walkTo(page, dpad, formRow(page, '/interests'));
    await dpad.press('Ok');
    await walkTo(page, dpad, page.locator('hearth-choice-list [data-value="large-print"]'));
    await dpad.press('Ok');
    await walkTo(page, dpad, page.locator('hearth-field-editor [data-action="done"]'));
    await dpad.press('Ok');
    await expect(formRow(page, '/interests')).toContainText('大字本');
    await walkTo(page, dpad, formRow(page, '/homeDelivery'));
    await dpad.press('Ok');
    await expect(formRow(page, '/homeDelivery')).toContainText('是');

    // Review, submit, receipt.
    await walkTo(page, dpad, page.locator('[data-action="next"]'));
    await dpad.press('Ok');
    await expect(page.locator('hearth-service-review')).toContainText('11010519491231002X');
    await expect(page.locator('hearth-service-review h2')).toHaveText('公共图书馆读者证办理');
    // The review opens at the top, on the first row: everything about to be sent
    // is passed on the way down to 确认提交.
    await expect
      .poll(() => holdsFocus(page.locator('hearth-service-review [data-field]').first()))
      .toBe(true);
    await walkTo(page, dpad, page.locator('[data-action="submit"]'));
    await dpad.press('Ok');
    const receipt = page.locator('hearth-service-applications [data-receipt]');
    await expect(receipt).toHaveText(/^TV\d{8}-\d{6}$/);
    const number = (await receipt.textContent()) ?? '';
    const application = page.locator('hearth-service-applications .row').first();
    await expect(application.locator('.status')).toHaveText('已受理');

    // The office moves it on; "refresh" shows the new status.
    await page.evaluate(
      (n) => fetch(`/demo-api/services/submissions/${n}/advance`, { method: 'POST' }),
      number,
    );
    await walkTo(page, dpad, page.locator('[data-action="refresh"]'));
    await dpad.press('Ok');
    // The gateway's "reviewing" in the household's words, with its own message.
    await expect(application.locator('.status')).toHaveText('办理中');
    await expect(application).toContainText('工作人员正在审核');
    // The draft went with the submission.
    await dpad.press('Back');
    await expect(page.locator('[data-action="drafts"]')).toContainText('草稿箱（0）');
  });
});
