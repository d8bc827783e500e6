// Options shared by both launchers' mocha instances.
declare const SINCERELY_TEST_GREP: string | undefined;

const grep = typeof SINCERELY_TEST_GREP === 'string' && SINCERELY_TEST_GREP ? SINCERELY_TEST_GREP : undefined;

export const MOCHA_OPTIONS = {
  // Generous: the first test pays for the extension's activation inside a cold web worker.
  timeout: 30_000,
  // Tests share one window; a failure must not leave the next test waiting on its leftovers.
  bail: false,
  ...(grep ? { grep } : {}),
};
