/**
 * The HTML report of examples/ in a real browser (Debian's headless Chromium, driven by
 * playwright-core): no console errors, no network request, the eleven checklist items with their
 * expected verdicts, a graph node per method of examples/, and sortable tables. The screenshot
 * goes to test-output/ (ignored by git).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseProto } from "../../proto-checks/index.js";
import { runCli } from "../helpers/cli.js";
import { EXAMPLES_VERDICTS } from "./expected.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const OUTPUT = join(ROOT, "test-output/report");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Every `pkg.Service/Method` the example protos declare, read with the proto parser (not with the report). */
function exampleMethods(): string[] {
  const files = ["examples/payments/payments.proto", "examples/streams/route_guide.proto", "examples/shop/orders.proto", "examples/shop/inventory.proto"];
  return files.flatMap((file) => {
    const proto = parseProto(readFileSync(join(ROOT, file), "utf8")).file;
    return proto.body.flatMap((node) => (node.type === "Service" ? node.methods.map((method) => `${node.fullName}/${method.name}`) : []));
  });
}

describe("the HTML report in headless Chromium", () => {
  it("opens without errors or requests and shows the checklist, graph and sortable tables", async () => {
    mkdirSync(OUTPUT, { recursive: true });
    const page = join(OUTPUT, "examples.html");
    const run = await runCli(["report", "examples/", "-o", page], ROOT);
    expect(run.code).toBe(0);

    const userDataDir = mkdtempSync(join(tmpdir(), "grpc-review-chromium-"));
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 1000 } });
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      const requests: string[] = [];
      tab.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      tab.on("pageerror", (error) => errors.push(error.message));
      tab.on("request", (request) => {
        if (!request.url().startsWith("file:")) requests.push(request.url());
      });
      await tab.goto(pathToFileURL(page).href, { waitUntil: "load" });

      const verdicts = await tab.$$eval("#checklist > li.check", (items) => items.map((item) => [item.getAttribute("data-id"), item.getAttribute("data-verdict")]));
      expect(verdicts).toHaveLength(11);
      expect(Object.fromEntries(verdicts)).toEqual(EXAMPLES_VERDICTS);

      const nodes = await tab.$$eval("#call-graph g.node", (groups) => groups.map((group) => group.getAttribute("data-id")));
      const methods = exampleMethods();
      expect(methods.length).toBeGreaterThanOrEqual(13);
      for (const method of methods) expect(nodes).toContain(method);
      const colours = await tab.$$eval("#call-graph path.edge", (paths) => paths.map((path) => path.getAttribute("data-propagation")));
      expect(colours).toContain("propagated");
      expect(colours).toContain("not-propagated");

      // Sorting the Orders table by method name, twice, reverses it.
      const table = tab.locator("table.service-table").filter({ has: tab.locator('tr[data-method="shop.orders.v1.Orders/PlaceOrder"]') });
      const header = table.locator("thead th").first();
      await header.click();
      const ascending = await table.locator("tbody tr td:first-child").allTextContents();
      await header.click();
      const descending = await table.locator("tbody tr td:first-child").allTextContents();
      expect(ascending).toEqual(["GetOrder", "PlaceOrder", "WatchOrder"]);
      expect(descending).toEqual([...ascending].reverse());

      await tab.screenshot({ path: join(OUTPUT, "examples.png"), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
