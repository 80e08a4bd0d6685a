import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** Readers (CI uploaders, a concurrent run) never see a half-written report or baseline. `mode`: permissions to give the file (a fixed source keeps its own). */
export function writeFileAtomic(path: string, content: string, mode?: number): void {
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(temporary, content);
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
