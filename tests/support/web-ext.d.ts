// web-ext ships no types; the lint test uses only cmd.lint (web-ext/lib/cmd/lint.js).
declare module 'web-ext' {
  const webExt: {
    cmd: { lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<unknown> };
  };
  export default webExt;
}
