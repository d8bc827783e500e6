// Snippet files are bundled as text by scripts/build-extension-tests.mjs.
declare module '*.code-snippets' {
  const text: string;
  export default text;
}
