// web-ext ships no types; this is the part of its programmatic API that scripts/lint-firefox.ts uses.
declare module "web-ext" {
  interface LintMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  const webExt: {
    cmd: {
      lint(
        params: { sourceDir: string; selfHosted?: boolean; output?: "json" | "text" | "none" },
        options?: { shouldExitProgram?: boolean },
      ): Promise<{ errors: LintMessage[]; notices: LintMessage[]; warnings: LintMessage[] }>;
    };
  };
  export default webExt;
}
