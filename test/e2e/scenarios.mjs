/**
 * The scenarios: what a freelancer does with Sincerely, each run once on an English and once on a
 * Russian draft. A scenario gets a fresh copy of the fixture workspace, a fresh browser context
 * and a workbench page opened on that copy (see run.mjs), and throws on the first failed check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activeEditorUri,
  clickSquiggle,
  codeActionRows,
  EDITOR,
  editorText,
  openFile,
  paletteLabels,
  pickItem,
  problems,
  quickInputPlaceholder,
  readProblems,
  runCommand,
  squiggles,
  statusText,
  toasts,
  waitFor,
} from './lib/ui.mjs';
import { DRAFTS, expandedSnippet, positionOf } from './lib/fixtures.mjs';

/** Time the extension needs after the last keystroke (debounce 300 ms) plus margin. */
const SETTLE_MS = 1500;

export class CheckError extends Error {}

function check(condition, message) {
  if (!condition) throw new CheckError(message);
}

function same(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

/** Waits until the warning squiggles stop changing and returns their texts in document order. */
async function stableSquiggles(page, kind = 'warning', { min = 0, timeout = 10000 } = {}) {
  let previous;
  let stableSince = 0;
  return waitFor(
    async () => {
      const texts = (await squiggles(page, kind)).map((s) => s.text);
      const key = JSON.stringify(texts);
      if (key !== previous) {
        previous = key;
        stableSince = Date.now();
        return false;
      }
      return texts.length >= min && Date.now() - stableSince >= 600 && texts;
    },
    { timeout, message: `${kind} squiggles (at least ${min})` },
  );
}

async function save(page) {
  await page.keyboard.press('Control+S');
  await waitFor(async () => (await page.locator('.tabs-container .tab.active.dirty').count()) === 0, { message: 'the file to be saved' });
}

/** Problems rows of Sincerely whose code is a tone rule (structure rows are not tone findings). */
function toneRows(rows, toneIds) {
  return rows.filter((r) => /sincerely/i.test(r.source) && toneIds.has(r.code));
}

/**
 * The reply score shown in the status bar ("Reply 7/10 · 3", "Ответ 7/10"), or undefined when it
 * shows none (a document that is not a reply: "Sincerely: 3").
 */
function statusScore(text) {
  const m = /(\d+)\s*\/\s*10\b/.exec(text ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The finding count in the status bar text: "Sincerely: N", "Reply S/10 · N", 0 for "Reply S/10" alone. */
function statusCount(text) {
  const plain = /Sincerely:\s*(\d+)/.exec(text ?? '');
  if (plain) return Number(plain[1]);
  const withScore = /\d+\s*\/\s*10\b\s*·\s*(\d+)/.exec(text ?? '');
  if (withScore) return Number(withScore[1]);
  return statusScore(text) !== undefined ? 0 : undefined;
}

const FINDINGS_EN = /Sincerely: (?:(\d+) findings|(1) finding) in this draft\.|Sincerely: no findings/;
const FINDINGS_RU = /Sincerely: замечаний в черновике — (\d+)\.|Sincerely: в черновике (1) замечание\.|Sincerely: замечаний нет/;

function countFromToast(texts, pattern) {
  for (const text of texts) {
    const m = pattern.exec(text);
    if (m) return Number(m[1] ?? m[2] ?? 0);
  }
  return undefined;
}

/** Per language: the scenarios. `t` = { lang, page, ws, root, toneIds, shot(name), note(text) }. */
export function scenarios() {
  const list = [];
  for (const lang of ['en', 'ru']) {
    const fx = DRAFTS[lang];

    list.push({
      name: `squiggles and Problems on the excuse and the blame-shift [${lang}]`,
      slug: `squiggles-${lang}`,
      async run(t) {
        const { page } = t;
        const text = readFileSync(join(t.ws, fx.draft), 'utf8');
        await openFile(page, fx.draft);
        const warned = await stableSquiggles(page, 'warning', { min: 2 });
        same(warned, [fx.excuse.phrase, fx.blame.phrase], 'warning squiggles');
        const rows = await waitFor(
          async () => {
            const r = await problems(page);
            return r.filter((x) => x.severity === 'warning').length >= 2 && r;
          },
          { message: 'two warnings in Problems' },
        );
        for (const { phrase, rule } of [fx.excuse, fx.blame]) {
          const at = positionOf(text, phrase);
          const row = rows.find((r) => r.code === rule);
          check(row, `Problems lists no ${rule} (rows: ${JSON.stringify(rows.map((r) => r.code))})`);
          same(
            { severity: row.severity, source: row.source, line: row.line, column: row.column },
            { severity: 'warning', source: 'Sincerely', ...at },
            `Problems row of ${rule}`,
          );
        }
        same(rows.filter((r) => r.severity === 'warning').length, 2, 'warnings in Problems');
        await t.shot('problems');
      },
    });

    list.push({
      name: `Ctrl+. takes the preferred rewrite, only that text changes [${lang}]`,
      slug: `quick-fix-${lang}`,
      async run(t) {
        const { page } = t;
        const path = join(t.ws, fx.draft);
        const original = readFileSync(path);
        await openFile(page, fx.draft);
        await stableSquiggles(page, 'warning', { min: 2 });
        await problems(page);
        await page.locator(`${EDITOR} textarea.inputarea`).focus();
        const target = (await squiggles(page)).find((s) => s.text === fx.excuse.phrase);
        check(target, `no squiggle on «${fx.excuse.phrase}»`);
        await clickSquiggle(page, target);
        await page.keyboard.press('Control+.');
        const rows = await waitFor(
          async () => {
            const r = await codeActionRows(page);
            return r.some((x) => x.focused) && r;
          },
          { message: 'the quick-fix menu' },
        );
        const focused = rows.find((r) => r.focused);
        const m = /^Replace with «(.+)»$/.exec(focused.text);
        check(m, `the focused quick fix is not a rewrite: "${focused.text}" (menu: ${JSON.stringify(rows.map((r) => r.text))})`);
        const replacement = m[1];
        await page.waitForTimeout(300);
        await t.shot('menu', { readme: lang === 'en' });
        await page.keyboard.press('Enter');
        await waitFor(async () => (await codeActionRows(page)).length === 0, { message: 'the menu to close' });
        await waitFor(async () => (await editorText(page)).includes(replacement), { message: 'the rewrite in the editor' });
        const left = await stableSquiggles(page, 'warning', { min: 1 });
        same(left, [fx.blame.phrase], 'warning squiggles after the fix');
        await save(page);
        // The preferred rewrite is a whole sentence: it replaces the sentence, «We did our best.».
        same(replacement, fx.excuse.replacement, 'the preferred rewrite');
        const expected = Buffer.from(original.toString('utf8').replace(fx.excuse.sentence, replacement), 'utf8');
        const saved = readFileSync(path);
        check(Buffer.compare(saved, expected) === 0, `the saved file differs from the expected one\n--- expected\n${expected}\n--- saved\n${saved}`);
        await t.shot('fixed');
      },
    });

    list.push({
      name: `a sentence-level fix in mid-paragraph leaves a correct sentence, saved byte for byte [${lang}]`,
      slug: `sentence-fix-${lang}`,
      async run(t) {
        const { page } = t;
        const sf = fx.sentenceFix;
        const path = join(t.ws, sf.draft);
        const original = readFileSync(path);
        await openFile(page, sf.draft);
        await stableSquiggles(page, 'warning', { min: 1 });
        await page.locator(`${EDITOR} textarea.inputarea`).focus();
        const target = (await squiggles(page)).find((s) => s.text === sf.phrase);
        check(target, `no squiggle on «${sf.phrase}» (squiggles: ${JSON.stringify((await squiggles(page)).map((s) => s.text))})`);
        await clickSquiggle(page, target);
        await page.keyboard.press('Control+.');
        const rows = await waitFor(
          async () => {
            const r = await codeActionRows(page);
            return r.some((x) => x.focused) && r;
          },
          { message: 'the quick-fix menu' },
        );
        check(rows.length <= 6, `a short quick-fix menu: ${JSON.stringify(rows.map((r) => r.text))}`);
        const focused = rows.find((r) => r.focused);
        same(focused.text, `Replace with «${sf.replacement}»`, 'the preferred fix');
        await page.keyboard.press('Enter');
        await waitFor(async () => (await codeActionRows(page)).length === 0, { message: 'the menu to close' });
        await waitFor(async () => (await editorText(page)).includes(sf.replacement), { message: 'the rewrite in the editor' });
        await save(page);
        const expected = Buffer.from(original.toString('utf8').replace(sf.sentence, sf.replacement), 'utf8');
        const saved = readFileSync(path);
        check(Buffer.compare(saved, expected) === 0, `the saved file differs from the expected one\n--- expected\n${expected}\n--- saved\n${saved}`);
        // The old squiggle moves with the edit until the re-lint replaces it: wait for that.
        await waitFor(async () => (await squiggles(page, 'warning')).length === 0, {
          timeout: 15000,
          message: `no warning squiggle after the fix (now: ${JSON.stringify((await squiggles(page, 'warning')).map((x) => x.text))})`,
        });
        await t.shot('fixed');
      },
    });

    list.push({
      name: `the rule page opens inside the editor from the Problems panel's rule link [${lang}]`,
      slug: `rule-page-${lang}`,
      async run(t) {
        const { page } = t;
        await openFile(page, fx.draft);
        await stableSquiggles(page, 'warning', { min: 2 });
        await waitFor(async () => (await problems(page)).some((r) => r.code === fx.excuse.rule), { message: `${fx.excuse.rule} in Problems` });
        const link = page.locator('.markers-panel .monaco-list-row a.monaco-link', { hasText: fx.excuse.rule }).first();
        await link.click();
        await waitFor(async () => (await activeEditorUri(page))?.startsWith('sincerely-rule:'), { message: 'the rule page in an editor' });
        same(await activeEditorUri(page), `sincerely-rule:/${fx.excuse.rule}.md`, 'the page opened');
        const text = await waitFor(
          async () => {
            const x = await editorText(page);
            return x.includes('## Русский') && x;
          },
          { message: 'the rule page text' },
        );
        check(text.startsWith(`# \`${fx.excuse.rule}\``), `the page starts with the rule id: ${text.slice(0, 80)}`);
        check(/## English[\s\S]*## Русский/.test(text), 'the page has both languages');
        check(!/https?:\/\//.test(text), 'the page links to no web site');
        await t.shot('page');
      },
    });

    if (fx.untitled) {
      list.push({
        name: `an untitled draft VS Code takes for "ini" is linted all the same [${lang}]`,
        slug: `guessed-language-${lang}`,
        async run(t) {
          const { page } = t;
          await runCommand(page, 'File: New Untitled Text File');
          await waitFor(async () => (await activeEditorUri(page))?.startsWith('untitled:'), { message: 'a new untitled editor' });
          await page.locator(`${EDITOR} textarea.inputarea`).focus();
          await page.keyboard.type(fx.untitled, { delay: 5 });
          await runCommand(page, 'Change Language Mode');
          // The language list is long and virtualised: filter it, then take the focused "Ini (ini)".
          await page.keyboard.type('ini', { delay: 20 });
          const focusedRow = '.quick-input-widget .monaco-list-row.focused';
          await waitFor(
            async () =>
              /^\s*Ini\b/.test(
                (
                  (await page
                    .locator(focusedRow)
                    .textContent({ timeout: 500 })
                    .catch(() => '')) ?? ''
                ).replace(/\u00a0/g, ' '),
              ),
            {
              message: 'the language "Ini" focused in the picker',
            },
          );
          await page.keyboard.press('Enter');
          const mode = page.locator('.part.statusbar [id="status.editor.mode"]').first();
          await waitFor(async () => /Ini/.test((await mode.textContent({ timeout: 500 }).catch(() => '')) ?? ''), {
            message: 'the language mode "Ini" in the status bar',
          });
          const warned = await stableSquiggles(page, 'warning', { min: 1 });
          same(warned, [fx.excuse.phrase], 'warning squiggles in the "ini" draft');
          const shown = await waitFor(async () => statusCount(await statusText(page)), { message: 'the Sincerely status item with a count' });
          check(shown >= 1, `the status bar counts the findings: «${await statusText(page)}»`);
          t.note(`status «${await statusText(page)}»`);
          await t.shot('linted');
        },
      });
    }

    list.push({
      name: `command palette "Sincerely: Lint Reply Draft" shows the count [${lang}]`,
      slug: `lint-command-${lang}`,
      async run(t) {
        const { page } = t;
        await openFile(page, fx.notes);
        await page.waitForTimeout(SETTLE_MS);
        // The Russian notes address the reader with a failure («Вы неправильно поняли»), which the
        // reply detection counts as evidence of a reply, so they may be linted on their own; the
        // English notes are not. Only there does "no squiggles before the command" hold.
        if (lang === 'en') same(await squiggles(page), [], 'squiggles before the command (the notes are not a draft)');
        await runCommand(page, 'Sincerely: Lint Reply Draft');
        const count = await waitFor(async () => countFromToast(await toasts(page), FINDINGS_EN), { message: 'the findings notification' });
        const warned = await stableSquiggles(page, 'warning', { min: 2 });
        same(warned, [fx.excuse.phrase, fx.blame.phrase], 'warning squiggles after the command');
        const rows = await waitFor(
          async () => {
            const r = await readProblems(page);
            return r.length >= 2 && r;
          },
          { message: 'the Problems panel revealed by the command' },
        );
        // Whether the notes also read as a reply (structure findings) is the reply detection's
        // business, tested on its own fixtures; here the count is what the Problems panel shows.
        same(count, rows.length, 'count in the notification vs Problems rows');
        same(
          toneRows(rows, t.toneIds)
            .map((r) => r.code)
            .sort(),
          [fx.excuse.rule, fx.blame.rule].sort(),
          'tone rows in Problems',
        );
        await t.shot('count');
      },
    });

    list.push({
      name: `snippet ${fx.snippetPrefix} + Tab inserts the template, no tone finding [${lang}]`,
      slug: `snippet-${lang}`,
      async run(t) {
        const { page } = t;
        const expected = expandedSnippet(t.root, lang, fx.snippetPrefix);
        await openFile(page, fx.empty);
        await page.keyboard.type(fx.snippetPrefix, { delay: 15 });
        const suggestion = `.suggest-widget.visible .monaco-list-row.focused`;
        try {
          await waitFor(async () => ((await page.locator(suggestion).textContent({ timeout: 500 })) ?? '').includes(fx.snippetPrefix), {
            timeout: 3000,
            message: 'suggestions',
          });
        } catch {
          await page.keyboard.press('Control+Space');
        }
        await waitFor(async () => ((await page.locator(suggestion).textContent({ timeout: 500 })) ?? '').includes(fx.snippetPrefix), {
          message: `the snippet ${fx.snippetPrefix} focused in the suggestions`,
        });
        await t.shot('suggest');
        await page.keyboard.press('Tab');
        await waitFor(async () => (await editorText(page)).startsWith(expected.split('\n')[0]), { message: 'the template in the editor' });
        await page.keyboard.press('Escape');
        await save(page);
        const saved = readFileSync(join(t.ws, fx.empty), 'utf8');
        check(saved === expected, `the inserted template differs from the snippet\n--- expected\n${expected}\n--- inserted\n${saved}`);
        await page.waitForTimeout(SETTLE_MS);
        same(await squiggles(page, 'warning'), [], 'warning squiggles in the template');
        const tone = toneRows(await problems(page), t.toneIds);
        same(
          tone.map((r) => `${r.code} [Ln ${r.line}, Col ${r.column}]`),
          [],
          'tone findings in the template',
        );
        await t.shot('template');
      },
    });

    list.push({
      name: `"Sincerely: New Complaint Reply…" → ${fx.newReply.scenario} + ${fx.newReply.language} opens a draft [${lang}]`,
      slug: `new-reply-${lang}`,
      async run(t) {
        const { page } = t;
        const expected = expandedSnippet(t.root, lang, fx.newReply.prefix);
        await runCommand(page, 'Sincerely: New Complaint Reply…');
        same(await quickInputPlaceholder(page), 'What is the client unhappy about?', 'first question');
        await pickItem(page, fx.newReply.scenario);
        await waitFor(async () => (await quickInputPlaceholder(page)) === 'Language of the reply', { message: 'the language question' });
        await pickItem(page, fx.newReply.language);
        await waitFor(async () => (await activeEditorUri(page))?.startsWith('untitled:'), { message: 'a new untitled editor' });
        await waitFor(async () => (await editorText(page)) === expected, {
          message: 'the template in the new draft',
          timeout: 8000,
        }).catch(async (err) => {
          throw new CheckError(`${err.message}\n--- expected\n${expected}\n--- editor\n${await editorText(page)}`);
        });
        await page.keyboard.press('Escape');
        await page.waitForTimeout(SETTLE_MS);
        const tone = toneRows(await problems(page), t.toneIds);
        same(
          tone.map((r) => `${r.code} [Ln ${r.line}, Col ${r.column}]`),
          [],
          'tone findings in the new draft',
        );
        same(await squiggles(page, 'warning'), [], 'warning squiggles in the new draft');
        await t.shot('draft');
      },
    });

    list.push({
      name: `status bar shows the count and follows an edit [${lang}]`,
      slug: `status-bar-${lang}`,
      async run(t) {
        const { page } = t;
        await openFile(page, fx.draft);
        await stableSquiggles(page, 'warning', { min: 2 });
        const before = await waitFor(async () => statusCount(await statusText(page)), { message: 'a count in the status bar' });
        const rows = await problems(page);
        same(before, rows.length, 'status bar count vs Problems rows');
        const shownBefore = await statusText(page);
        await page.locator(`${EDITOR} textarea.inputarea`).focus();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.type(fx.extraSentence, { delay: 10 });
        const after = await waitFor(
          async () => {
            const n = statusCount(await statusText(page));
            return n !== undefined && n !== before && n;
          },
          { message: `the status bar count to change from ${before}` },
        );
        same(after, before + 1, 'status bar count after typing one more excuse');
        await page.waitForTimeout(300);
        same((await readProblems(page)).length, after, 'Problems rows after the edit');
        const shownAfter = await statusText(page);
        t.note(`status «${shownBefore}» → «${shownAfter}»`);
        const [scoreBefore, scoreAfter] = [statusScore(shownBefore), statusScore(shownAfter)];
        if (scoreBefore !== undefined) {
          check(scoreAfter !== undefined && scoreAfter <= scoreBefore, `the score went from ${scoreBefore} to ${scoreAfter} after one more excuse`);
        }
        await t.shot('updated');
      },
    });

    list.push({
      name: `sincerely.run = onSave: no squiggles until the file is saved [${lang}]`,
      slug: `on-save-${lang}`,
      workspaceSettings: { 'sincerely.run': 'onSave' },
      async run(t) {
        const { page } = t;
        await openFile(page, fx.empty);
        await page.keyboard.type(fx.typedSentences, { delay: 10 });
        await page.waitForTimeout(SETTLE_MS);
        same(await squiggles(page), [], 'warning squiggles before saving');
        await t.shot('typed');
        await save(page);
        const warned = await stableSquiggles(page, 'warning', { min: 2 });
        same(warned, [fx.excuse.phrase, fx.blame.phrase], 'warning squiggles after saving');
        await t.shot('saved');
      },
    });

    list.push({
      name: `UI in Russian (--locale ru): Russian command titles, lint from the palette [${lang}]`,
      slug: `russian-ui-${lang}`,
      server: 'ru',
      async run(t) {
        const { page } = t;
        await openFile(page, fx.draft);
        await stableSquiggles(page, 'warning', { min: 2 });
        const labels = await paletteLabels(page, 'Sincerely');
        for (const title of ['Sincerely: Проверить черновик ответа', 'Sincerely: Новый ответ на жалобу…', 'Sincerely: Включить или выключить проверку']) {
          check(labels.includes(title), `the palette does not offer "${title}" (it offers ${JSON.stringify(labels)})`);
        }
        check(!labels.includes('Sincerely: Lint Reply Draft'), `the palette still shows English titles: ${JSON.stringify(labels)}`);
        await page.keyboard.press('F1');
        await page.keyboard.type('Sincerely');
        await page.waitForTimeout(500);
        await t.shot('palette');
        await page.keyboard.press('Escape');
        await runCommand(page, 'Sincerely: Проверить черновик ответа');
        const count = await waitFor(async () => countFromToast(await toasts(page), FINDINGS_RU), { message: 'the Russian findings notification' });
        const rows = await readProblems(page);
        same(count, rows.length, 'count in the notification vs Problems rows');
        const shown = await statusText(page);
        if (statusScore(shown) !== undefined) check(!/Reply/.test(shown), `the status bar is not in Russian: «${shown}»`);
        t.note(`status «${shown}»`);
        await t.shot('count');
      },
    });
  }
  // Each scenario in English, then in Russian.
  const kinds = [...new Set(list.map((s) => s.slug.replace(/-(en|ru)$/, '')))];
  return list.sort((a, b) => kinds.indexOf(a.slug.replace(/-(en|ru)$/, '')) - kinds.indexOf(b.slug.replace(/-(en|ru)$/, '')));
}
