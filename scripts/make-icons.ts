/**
 * npx tsx scripts/make-icons.ts
 * Renders app/icon.svg to app/apple-icon.png (180 px) and app/favicon.ico
 * (16, 32 and 48 px PNGs in one ICO) with the Chromium the end-to-end tests
 * use, so the icons need no image library. Run again after changing the SVG.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const appDir = path.join(process.cwd(), "app");
const svg = fs.readFileSync(path.join(appDir, "icon.svg"), "utf8");
const executablePath =
  process.env.CHROMIUM_PATH || ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((file) => fs.existsSync(file));

/** An ICO holding PNG images: a 6-byte header, a 16-byte entry per image, then the images. */
function ico(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

async function main() {
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    const render = async (size: number, square: boolean) => {
      await page.setViewportSize({ width: size, height: size });
      // The Apple icon is shown with its own rounded mask: give it square corners.
      const body = square ? svg.replace(/ rx="6"/, "") : svg;
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${body.replace(/width="32" height="32"/, `width="${size}" height="${size}"`)}</body></html>`,
      );
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    };
    fs.writeFileSync(path.join(appDir, "apple-icon.png"), await render(180, true));
    const pngs = [];
    for (const size of [16, 32, 48]) pngs.push({ size, data: await render(size, false) });
    fs.writeFileSync(path.join(appDir, "favicon.ico"), ico(pngs));
  } finally {
    await browser.close();
  }
}

void main();
