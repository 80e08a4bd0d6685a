import { renameSync, rmSync, writeFileSync } from "node:fs";

/** Readers (CI uploaders, a concurrent run) never see a half-written report or baseline. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
