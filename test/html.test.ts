// The HTML fact sheet in a real browser: Debian's chromium driven by playwright-core opens the sample's page from a
// file:// URL, on a desktop and on a phone, checks that the tables and the SVG charts render with real sizes, that
// nothing is fetched and nothing is blocked, that the phone needs no sideways scrolling, and saves screenshots to
// examples/sample.png and examples/sample-phone.png (git-ignored). Without /usr/bin/chromium the tests are skipped:
// `.ci/run` installs it (apt-get install chromium).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractBytes } from "../src/extract.js";
import { html } from "../src/format/html.js";

const executablePath = "/usr/bin/chromium";
const available = existsSync(executablePath);
const title = available
  ? "the HTML fact sheet in headless Chromium"
  : `the HTML fact sheet in headless Chromium: SKIPPED, ${executablePath} not found (apt-get install chromium)`;
if (!available) console.warn(`test/html.test.ts: ${executablePath} not found, the browser tests are skipped`);

const samplePath = "fixtures/corpus/altman-big-technology-2025-12.txt";
const examples = new URL("../examples/", import.meta.url);

describe.skipIf(!available)(title, () => {
  let browser: Browser;
  let url: string;
  const page = html([
    extractBytes(readFileSync(new URL(`../${samplePath}`, import.meta.url)), { path: samplePath, date: "2025-12-18" })
      .document,
  ]);

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), "interview-claims-html-")), "sample.html");
    writeFileSync(file, page);
    url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the page at a viewport size; records every request and every console error. */
  async function open(width: number, height: number, mobile = false) {
    const context = await browser.newContext({ viewport: { width, height }, isMobile: mobile, hasTouch: mobile });
    const p: Page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    p.on("request", (r) => requests.push(r.url()));
    p.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(url, { waitUntil: "load" });
    return { p, requests, errors, close: () => context.close() };
  }

  it("renders the tables and both SVG charts on a desktop, fetching nothing, and saves a screenshot", async () => {
    const { p, requests, errors, close } = await open(1280, 900);
    try {
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
      expect(await p.title()).toBe(`Fact sheet: ${samplePath}`);

      const table = await p.locator("table.figures").first().boundingBox();
      expect(table?.width).toBeGreaterThan(300);
      expect(table?.height).toBeGreaterThan(40);
      expect(await p.locator("table.figures tbody tr").count()).toBeGreaterThan(10);
      expect(await p.locator("table.dated tbody tr").count()).toBeGreaterThan(3);

      for (const chart of ["svg.timeline", "svg.subjects"]) {
        const box = await p.locator(chart).boundingBox();
        expect(box?.width, chart).toBeGreaterThan(300);
        expect(box?.height, chart).toBeGreaterThan(60);
        const bar = await p.locator(`${chart} rect.bar`).first().boundingBox();
        expect(bar?.width, `${chart} bar`).toBeGreaterThan(1);
        expect(bar?.height, `${chart} bar`).toBeGreaterThan(3);
      }
      // the 8亿 row is on the page as text, not as markup
      expect(await p.locator("table.figures td", { hasText: /^8亿$/ }).count()).toBe(1);

      await p.screenshot({ path: new URL("sample.png", examples).pathname, fullPage: true });
      expect(existsSync(new URL("sample.png", examples))).toBe(true);
    } finally {
      await close();
    }
  }, 60_000);

  it("fits a phone: no sideways scrolling, tables become cards, charts scale down", async () => {
    const { p, errors, close } = await open(390, 844, true);
    try {
      expect(errors).toEqual([]);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const display = await p
        .locator("table.figures td")
        .first()
        .evaluate((td) => getComputedStyle(td).display);
      expect(display).toBe("flex");
      const label = await p
        .locator("table.figures td")
        .first()
        .evaluate((td) => getComputedStyle(td, "::before").content);
      expect(label).toBe('"figure"');
      const chart = await p.locator("svg.timeline").boundingBox();
      expect(chart?.width).toBeGreaterThan(200);
      expect(chart?.width).toBeLessThanOrEqual(390);
      await p.screenshot({ path: new URL("sample-phone.png", examples).pathname, fullPage: false });
    } finally {
      await close();
    }
  }, 60_000);

  it("shows transcript text as text: an injected tag is not an element", async () => {
    const { p, close } = await open(800, 600);
    try {
      const hostile = html([
        {
          source: {
            path: "<img src=x onerror=alert(1)>.txt",
            format: "text",
            encoding: "utf-8",
            title: "<b>标题</b>",
            anchorDate: null,
            lines: 1,
          },
          claims: [
            {
              id: "c1-1",
              type: "metric",
              text: "<script>alert(1)</script>用户超过8亿",
              subject: "<i>用户</i>",
              speaker: "A&B",
              hedge: null,
              negated: false,
              quantities: [
                {
                  text: "8亿",
                  kind: "count",
                  value: 800_000_000,
                  min: null,
                  max: null,
                  unit: null,
                  approx: "over",
                  display: ">800M",
                  line: 1,
                  span: { line: 1, column: 1, start: 0, end: 2 },
                },
              ],
              time: null,
              span: { line: 1, column: 1, start: 0, end: 10 },
              cue: null,
            },
          ],
        },
      ]);
      await p.setContent(hostile);
      expect(await p.locator("main script, main img, main b:has-text('标题'), h4 i").count()).toBe(0);
      expect(await p.locator("h2").textContent()).toBe("<b>标题</b>");
      expect(await p.locator("h4").first().textContent()).toBe("<i>用户</i>");
    } finally {
      await close();
    }
  }, 60_000);
});
