import { renderAsync } from '@resvg/resvg-js';
import QRCode from 'qrcode';

/**
 * The printable venue code: the QR of the scan page's URL, the venue's name under it, the code's label
 * and a one-line instruction, as SVG, and as PNG rendered from that same SVG. Pure: no I/O but the
 * system fonts the PNG renderer reads.
 */

/** Medium error correction (15%): survives a scuffed poster while keeping modules large. */
export const QR_ERROR_CORRECTION = 'M';
/** The PNG's width in pixels: about 10 cm at 300 dpi, enough for a poster at an entrance. */
export const PNG_WIDTH = 1200;
export const INSTRUCTION = '扫码登记 Scan to check in';
const FONT_FAMILY = 'Noto Sans CJK SC';

/** Layout in SVG units; the PNG scales it to PNG_WIDTH. */
const WIDTH = 600;
const QR_SIDE = 480;
const QR_TOP = 40;
/** The blank border a scanner needs around the symbol, in modules (ISO/IEC 18004: 4). */
const QUIET_ZONE = 4;
const NAME_SIZE = 40;
const NAME_LINE = 52;
const NAME_MAX_LINES = 3;
const LABEL_SIZE = 28;
const INSTRUCTION_SIZE = 26;

export interface VenueCodePoster {
  /** What the QR encodes. */
  url: string;
  venueName: string;
  label: string | null;
}

/** The URL a code encodes: the scan page, with the token in the fragment so that no server log ever holds it. */
export function scanUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/scan#${token}`;
}

/** Whether XML 1.0 can hold a code point at all (its Char production): no controls, lone surrogates or U+FFFE/U+FFFF. */
function isXmlCharacter(codePoint: number): boolean {
  return codePoint === 0x9 || codePoint === 0xa || codePoint === 0xd || (codePoint >= 0x20 && codePoint <= 0xd7ff) || (codePoint >= 0xe000 && codePoint <= 0xfffd) || codePoint >= 0x10000;
}

/** Text made safe inside an XML element or attribute: markup escaped, characters XML cannot hold removed. */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((character) => isXmlCharacter(character.codePointAt(0)!))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD800-\uDBFF]/;

/** A character's width in ems, roughly: CJK and full-width characters are square, others about half. */
function emsOf(character: string): number {
  return WIDE.test(character) ? 1 : 0.55;
}

/**
 * Breaks text into at most maxLines lines of at most maxEms each, at a space when a line has one in its
 * second half (Latin words), anywhere otherwise (Chinese has no spaces); the last line ends with … if
 * text was left over.
 */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
  const lines: string[] = [];
  let rest = Array.from(text.trim());
  while (rest.length > 0 && lines.length < maxLines) {
    let width = 0;
    let end = 0;
    while (end < rest.length && width + emsOf(rest[end]!) <= maxEms) width += emsOf(rest[end++]!);
    if (end < rest.length) {
      const space = rest.lastIndexOf(' ', end);
      if (space > end / 2) end = space;
    }
    lines.push(rest.slice(0, Math.max(end, 1)).join('').trim());
    rest = Array.from(rest.slice(Math.max(end, 1)).join('').trimStart());
  }
  if (rest.length > 0) {
    const last = Array.from(lines.pop()!);
    while (last.length > 0 && last.reduce((sum, character) => sum + emsOf(character), 0) + 1 > maxEms) last.pop();
    lines.push(`${last.join('').trimEnd()}…`);
  }
  return lines;
}

/** The dark modules as one path in module units: one rectangle per horizontal run, to keep the path short. */
function modulesPath(modules: QRCode.BitMatrix): string {
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      const run = column - start;
      parts.push(`M${start} ${row}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}

const round = (value: number) => Number(value.toFixed(4));

/** The printable code as an SVG document. */
export function renderVenueCodeSvg(poster: VenueCodePoster): string {
  const { modules } = QRCode.create(poster.url, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const moduleSize = QR_SIDE / (modules.size + 2 * QUIET_ZONE);
  const qrLeft = (WIDTH - QR_SIDE) / 2;
  const offset = QUIET_ZONE * moduleSize;
  const nameLines = wrapText(poster.venueName, (WIDTH - 60) / NAME_SIZE, NAME_MAX_LINES);
  const text: string[] = [];
  let baseline = QR_TOP + QR_SIDE + 16;
  for (const line of nameLines) {
    baseline += NAME_LINE;
    text.push(`<text x="${WIDTH / 2}" y="${baseline}" font-size="${NAME_SIZE}" font-weight="bold">${escapeXml(line)}</text>`);
  }
  if (poster.label) {
    baseline += LABEL_SIZE + 18;
    const label = wrapText(poster.label, (WIDTH - 60) / LABEL_SIZE, 1)[0] ?? '';
    text.push(`<text x="${WIDTH / 2}" y="${baseline}" font-size="${LABEL_SIZE}" fill="#333333">${escapeXml(label)}</text>`);
  }
  baseline += INSTRUCTION_SIZE + 26;
  text.push(`<text x="${WIDTH / 2}" y="${baseline}" font-size="${INSTRUCTION_SIZE}" fill="#333333">${escapeXml(INSTRUCTION)}</text>`);
  const height = baseline + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<title>${escapeXml(poster.venueName)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<rect x="8" y="8" width="${WIDTH - 16}" height="${height - 16}" rx="16" fill="none" stroke="#cccccc" stroke-width="2"/>`,
    `<path transform="translate(${round(qrLeft + offset)} ${round(QR_TOP + offset)}) scale(${round(moduleSize)})" shape-rendering="crispEdges" fill="#000000" d="${modulesPath(modules)}"/>`,
    `<g font-family="'${FONT_FAMILY}', sans-serif" text-anchor="middle" fill="#000000">`,
    ...text,
    '</g>',
    '</svg>',
  ].join('\n');
}

/** The SVG rendered to PNG at the given width, with the system's CJK font (off the event loop). */
export async function renderVenueCodePng(svg: string, width: number = PNG_WIDTH): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return image.asPng();
}
