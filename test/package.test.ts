import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// What the published package promises: every runtime dependency is used, the metadata npm and
// GitHub show is there, and the README's links work from the package page as well as the repository.

const root = join(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  files: string[];
  repository?: { url?: string };
  homepage?: string;
  bugs?: { url?: string };
  license?: string;
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(?:ts|js|cjs)$/.test(name) ? [path] : [];
  });
}

describe("the published package", () => {
  it("imports every runtime dependency it declares", () => {
    const sources = ["src", "rules", "proto-checks", "bin"].flatMap((dir) => sourceFiles(join(root, dir))).map((file) => readFileSync(file, "utf8"));
    const imported = (name: string) => sources.some((text) => text.includes(`from "${name}"`) || text.includes(`from "${name}/`) || text.includes(`import("${name}")`) || text.includes(`"${name}/package.json"`));
    const unused = Object.keys(pkg.dependencies).filter((name) => !imported(name));
    expect(unused).toEqual([]);
  });

  it("names its repository, home page, issue tracker and licence", () => {
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\/.*\/issues$/);
    expect(pkg.license).toBe("MIT");
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  });

  it("has README links that resolve inside the package, or point at the repository", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!).filter((link) => !/^(?:https?:|#|mailto:)/.test(link));
    expect(links.length).toBeGreaterThan(0);
    const shipped = (path: string) => ["README.md", "LICENSE", "package.json"].includes(path) || pkg.files.some((entry) => path === entry || path.startsWith(`${entry}/`));
    const broken = links.map((link) => link.split("#")[0]!).filter((path) => !existsSync(join(root, path)) || !shipped(relative(root, join(root, path))));
    expect(broken).toEqual([]);
  });
});
