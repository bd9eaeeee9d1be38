import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import { escapeXml, INSTRUCTION, PNG_WIDTH, renderVenueCodePng, renderVenueCodeSvg, scanUrl, wrapText } from './qr.ts';

const url = scanUrl('https://bulwark.example:8443/', `bv1.${'A'.repeat(43)}.${'B'.repeat(43)}`);
const poster = { url, venueName: '东关药店 & <诊所>', label: '北门 "1"' };

/** The cells the SVG's QR path fills, read back from its M x y h n v1 h-n z runs. */
function drawnCells(svg: string): { size: number; dark: Set<string> } {
  const path = /<path [^>]*d="([^"]+)"/.exec(svg)![1]!;
  const dark = new Set<string>();
  const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((run) => run[0]).join('')).toBe(path);
  let size = 0;
  for (const [, x, y, width, back] of runs) {
    expect(back).toBe(width);
    for (let column = Number(x); column < Number(x) + Number(width); column++) dark.add(`${y},${column}`);
    size = Math.max(size, Number(x) + Number(width), Number(y) + 1);
  }
  return { size, dark };
}

describe('printable venue codes', () => {
  const svg = renderVenueCodeSvg(poster);

  test('the URL is the scan page with the token in the fragment', () => {
    expect(url).toBe(`https://bulwark.example:8443/scan#bv1.${'A'.repeat(43)}.${'B'.repeat(43)}`);
    expect(new URL(url).pathname).toBe('/scan');
  });

  test('the SVG shows the venue name, the label and the instruction, escaped for XML', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>东关药店 &amp; &lt;诊所&gt;</text>');
    expect(svg).toContain('>北门 &quot;1&quot;</text>');
    expect(svg).toContain(`>${INSTRUCTION}</text>`);
    expect(svg).not.toContain('<诊所>');
    expect(svg).toContain(`font-family="'Noto Sans CJK SC', sans-serif"`);
    // The token is in the QR only, never printed as text.
    expect(svg).not.toContain('bv1.');
  });

  test('the QR path draws exactly the module matrix of the URL', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const { size, dark } = drawnCells(svg);
    expect(size).toBe(modules.size);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row++) for (let column = 0; column < modules.size; column++) if (modules.get(row, column)) expected.add(`${row},${column}`);
    expect(dark).toEqual(expected);
    expect((svg.match(/<path /g) ?? []).length).toBe(1);
  });

  test('a code without a label leaves the label line out', () => {
    const unlabelled = renderVenueCodeSvg({ ...poster, label: null });
    expect(unlabelled.match(/<text /g)).toHaveLength(2);
  });

  test('the PNG is a PNG of the printable width, taller than wide', async () => {
    const png = await renderVenueCodePng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(PNG_WIDTH);
    expect(png.readUInt32BE(20)).toBeGreaterThan(PNG_WIDTH);
  });

  test('characters XML cannot hold are dropped rather than breaking the document', () => {
    expect(escapeXml('a\u0000b\u001Fc\uD800d')).toBe('abcd');
    expect(escapeXml(`'x'`)).toBe('&apos;x&apos;');
  });

  test('long names wrap onto at most three lines, ending with … when cut', () => {
    expect(wrapText('太谷区东关药店', 13.5, 3)).toEqual(['太谷区东关药店']);
    const long = wrapText('山西省晋中市太谷区明星镇东关社区第一人民医院发热门诊附属核酸采样点临时候检区北侧入口通道', 13.5, 3);
    expect(long).toHaveLength(3);
    expect(long[0]).toHaveLength(13);
    expect(long[2]!.endsWith('…')).toBe(true);
    expect(wrapText('Taigu District Central Hospital', 13.5, 3)).toEqual(['Taigu District Central', 'Hospital']);
  });
});
