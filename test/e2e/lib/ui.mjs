/**
 * Driving the VS Code web workbench the way a user does: keyboard shortcuts, the command
 * palette, quick open, and reading what is on screen (squiggles, Problems, status bar, toasts).
 */

export const EDITOR = '.editor-group-container.active .monaco-editor[data-uri]';
const NBSP = /\u00a0/g;

const DEBUG = Boolean(process.env.E2E_DEBUG);
let lastMark = Date.now();
/** With E2E_DEBUG=1: prints a step and the time since the previous one. */
export function debug(step) {
  if (!DEBUG) return;
  const now = Date.now();
  console.log(`      · ${step} (+${now - lastMark} ms)`);
  lastMark = now;
}

/** Polls `fn` until it returns a truthy value; throws `message` (with the last value) on timeout. */
export async function waitFor(fn, { timeout = 10000, interval = 150, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await fn();
      if (last) {
        debug(message);
        return last;
      }
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? ` (last error: ${lastError.message.split('\n')[0]})` : last !== undefined ? ` (last value: ${JSON.stringify(last)})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${detail}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Opens the workbench on `folder` in a new page and waits until it is usable. */
export async function openWorkbench(context, url, folder) {
  debug('new page');
  const page = await context.newPage();
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 60000 });
  // The explorer shows the folder once the remote file system answers.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60000 });
  debug('workbench ready');
  return page;
}

/** Waits until the quick input (palette or quick open) is visible. */
async function quickInput(page) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  return input;
}

async function quickInputRows(page) {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => ({
      label: (r.querySelector('.label-name')?.textContent ?? r.getAttribute('aria-label') ?? '').trim(),
      description: (r.querySelector('.label-description')?.textContent ?? '').trim(),
      aria: r.getAttribute('aria-label') ?? '',
      focused: r.classList.contains('focused'),
    })),
  );
}

/** Presses Escape until no quick input or widget is open. */
export async function dismiss(page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
}

/** Quick open (Ctrl+P): types `path` (relative to the folder) and opens the matching file. */
export async function openFile(page, path) {
  await page.keyboard.press('Control+P');
  const input = await quickInput(page);
  await input.fill(path);
  const name = path.split('/').pop();
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  await waitFor(
    async () => {
      const rows = await quickInputRows(page);
      return rows[0] && rows[0].label === name && rows[0].description.endsWith(dir) && rows[0].focused;
    },
    // A fresh workspace's first file search can take a while on a loaded machine.
    { timeout: 30000, message: `quick open to offer ${path}` },
  );
  await page.keyboard.press('Enter');
  await waitFor(
    async () => (await activeEditorUri(page))?.endsWith(encodeURI(`/${path}`).replace(/%2F/g, '/')) || (await activeEditorUri(page))?.endsWith(`/${path}`),
    {
      message: `the editor of ${path}`,
    },
  );
  await page.locator(`${EDITOR} .view-lines`).waitFor({ timeout: 10000 });
  await page.locator(`${EDITOR} textarea.inputarea`).focus();
}

/** The data-uri of the active editor (decoded), or undefined. */
export async function activeEditorUri(page) {
  const uri = await page
    .locator(EDITOR)
    .first()
    .getAttribute('data-uri', { timeout: 2000 })
    .catch(() => null);
  return uri ? decodeURIComponent(uri) : undefined;
}

/**
 * Command palette: runs the command whose label is exactly `title` (e.g. "Sincerely: Lint Reply
 * Draft"). Reopens the palette while the command is not offered yet (the extension host may still
 * be registering contributions right after the workbench loads).
 */
export async function runCommand(page, title, { timeout = 15000 } = {}) {
  const deadline = Date.now() + timeout;
  let rows = [];
  for (;;) {
    await page.keyboard.press('F1');
    const input = await quickInput(page);
    await input.fill(`>${title}`);
    const found = await waitFor(
      async () => {
        rows = await quickInputRows(page);
        return rows.some((r) => r.label === title);
      },
      { timeout: 3000, message: `the command palette to offer "${title}"` },
    ).catch(() => false);
    // Another command may rank above the one named exactly ("File: Compare New Untitled Text
    // Files" above "File: New Untitled Text File"): move the focus down to it.
    for (let i = 0; found && i < 10 && rows.find((r) => r.focused)?.label !== title; i++) {
      await page.keyboard.press('ArrowDown');
      rows = await quickInputRows(page);
    }
    if (found && rows.find((r) => r.focused)?.label === title) break;
    await page.keyboard.press('Escape');
    if (Date.now() > deadline) {
      throw new Error(`the command palette does not offer "${title}" (first rows: ${JSON.stringify(rows.slice(0, 5).map((r) => r.label))})`);
    }
  }
  await page.keyboard.press('Enter');
}

/** The labels the command palette offers for a filter text (the palette is closed afterwards). */
export async function paletteLabels(page, filter) {
  await page.keyboard.press('F1');
  const input = await quickInput(page);
  await input.fill(`>${filter}`);
  let labels = [];
  await waitFor(
    async () => {
      labels = (await quickInputRows(page)).map((r) => r.label);
      return labels.length > 0;
    },
    { message: `command palette results for "${filter}"` },
  );
  await page.waitForTimeout(300);
  labels = (await quickInputRows(page)).map((r) => r.label);
  await page.keyboard.press('Escape');
  return labels;
}

/** Picks the quick pick item with label `label` (the input is filtered by it, then Enter). */
export async function pickItem(page, label) {
  const input = await quickInput(page);
  await waitFor(async () => (await quickInputRows(page)).some((r) => r.label === label), { message: `the quick pick item "${label}"` });
  await input.fill(label);
  await waitFor(
    async () => {
      const rows = await quickInputRows(page);
      return rows[0]?.focused && rows[0].label === label;
    },
    { message: `the quick pick to focus "${label}"` },
  );
  await page.keyboard.press('Enter');
}

/** The placeholder of the open quick input. */
export async function quickInputPlaceholder(page) {
  const input = await quickInput(page);
  return (await input.getAttribute('placeholder')) ?? '';
}

/**
 * The active editor's text as rendered (the lines on screen), U+00A0 turned back into spaces and
 * wrapped lines joined again: a visual line without a line number in the gutter continues the
 * line above.
 */
export async function editorText(page) {
  return page
    .locator(EDITOR)
    .first()
    .evaluate((editor) => {
      const top = (el) => Math.round(parseFloat(el.style.top || el.parentElement?.style.top || 'NaN'));
      const numbered = new Set(
        [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].filter((n) => (n.textContent ?? '').trim() !== '').map((n) => top(n)),
      );
      const lines = [...editor.querySelectorAll('.view-lines .view-line')].sort((a, b) => top(a) - top(b));
      const out = [];
      for (const line of lines) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        if (out.length > 0 && !numbered.has(top(line))) out[out.length - 1] += text;
        else out.push(text);
      }
      return out.join('\n');
    });
}

/**
 * The text under each squiggle of the active editor whose class is `squiggly-<kind>`
 * (warning, info, error, hint): the characters whose centre lies inside the decoration.
 */
export async function squiggles(page, kind = 'warning') {
  return page
    .locator(EDITOR)
    .first()
    .evaluate((editor, cls) => {
      const lines = [...editor.querySelectorAll('.view-lines .view-line')];
      const out = [];
      for (const sq of editor.querySelectorAll(`.${cls}`)) {
        const r = sq.getBoundingClientRect();
        if (r.width === 0) continue;
        const cy = r.top + r.height / 2;
        const line = lines.find((l) => {
          const lr = l.getBoundingClientRect();
          return cy >= lr.top && cy <= lr.bottom;
        });
        if (!line) continue;
        let text = '';
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          for (let i = 0; i < node.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const cr = range.getBoundingClientRect();
            const cx = cr.left + cr.width / 2;
            if (cx >= r.left && cx <= r.right) text += node.data[i];
          }
        }
        out.push({ text: text.replace(/\u00a0/g, ' '), x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
      out.sort((a, b) => a.y - b.y || a.x - b.x);
      return out;
    }, `squiggly-${kind}`);
}

/** Opens the Problems panel (Ctrl+Shift+M) and returns its marker rows' texts. */
export async function problems(page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ state: 'visible', timeout: 10000 });
  }
  return readProblems(page);
}

/**
 * The marker rows of the Problems panel: { severity, message, source, code, line, column }.
 */
export async function readProblems(page) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
    rows
      .filter((r) => r.querySelector('.marker-message-details-container'))
      .map((r) => {
        const text = (sel) => (r.querySelector(sel)?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
        const icon = r.querySelector('.marker-icon');
        const severity = ['error', 'warning', 'info'].find((s) => icon?.classList.contains(s)) ?? 'other';
        const where = /Ln (\d+), Col (\d+)/.exec(text('.marker-line') || r.textContent || '');
        return {
          severity,
          message: text('.marker-message'),
          source: text('.marker-source'),
          code: text('.marker-code') || text('a.monaco-link'),
          line: where ? Number(where[1]) : undefined,
          column: where ? Number(where[2]) : undefined,
        };
      }),
  );
}

/** The text of the Sincerely status bar item, or undefined when it is hidden. */
export async function statusText(page) {
  const items = await page
    .locator('.part.statusbar .statusbar-item')
    .evaluateAll((els) => els.map((e) => ({ id: e.id, text: (e.textContent ?? '').replace(/\u00a0/g, ' ').trim(), aria: e.getAttribute('aria-label') ?? '' })));
  const item = items.find((i) => i.id.endsWith('sincerely.status')) ?? items.find((i) => /Sincerely/.test(i.text));
  return item?.text;
}

/** The texts of the notification toasts on screen. */
export async function toasts(page) {
  return page
    .locator('.notifications-toasts .notification-toast .notification-list-item-message')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\u00a0/g, ' ').trim()));
}

/** Clears the notifications (so that the next toast is the one wanted). */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications').catch(() => undefined);
}

/** Places the cursor in the middle of a squiggle (a click on the text under it). */
export async function clickSquiggle(page, squiggle) {
  await page.mouse.click(squiggle.x, squiggle.y - 2);
}

/** The code action menu (Ctrl+.): its rows, the focused one flagged. */
export async function codeActionRows(page) {
  return page.locator('.action-widget .monaco-list-row').evaluateAll((rows) =>
    rows.map((r) => ({
      text: (r.querySelector('.title')?.textContent ?? r.textContent ?? '').replace(/\u00a0/g, ' ').trim(),
      focused: r.classList.contains('focused'),
      header: r.classList.contains('group-header'),
    })),
  );
}

export { NBSP };
