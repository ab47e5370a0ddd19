/**
 * Colour-vision checks for the palette tests: how far apart two sRGB colours look, to a reader
 * with typical vision and to one with protanopia or deuteranopia.
 *
 * - Simulation: Machado, Oliveira and Fernandes (2009), "A Physiologically-based Model for
 *   Simulation of Color Vision Deficiency", IEEE TVCG 15(6), the severity 1.0 matrices, applied
 *   to linear RGB.
 * - Distance: CIEDE2000 (Sharma, Wu and Dalal 2005) in CIELAB under D65. About 2 is a just
 *   noticeable difference; design reviews ask for 20 or more between categories.
 */

export type VisionKind = 'typical' | 'protanopia' | 'deuteranopia';

type Vector = readonly [number, number, number];
type Matrix = readonly [Vector, Vector, Vector];

const SIMULATION: Record<VisionKind, Matrix> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
};

/** `#rrggbb` → linear-light RGB channels in 0..1. */
export function linearRgb(hex: string): Vector {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const channel = (offset: number) => {
    const value = parseInt(match[1]!.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return [channel(0), channel(2), channel(4)];
}

const apply = (matrix: Matrix, [r, g, b]: Vector): Vector =>
  matrix.map((row) =>
    Math.min(1, Math.max(0, row[0] * r + row[1] * g + row[2] * b)),
  ) as unknown as Vector;

/** CIELAB (D65) of linear-light RGB. */
export function lab([r, g, b]: Vector): Vector {
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const DEG = Math.PI / 180;

/** CIEDE2000 colour difference between two CIELAB colours. */
export function deltaE2000(first: Vector, second: Vector): number {
  const [l1, a1, b1] = first;
  const [l2, a2, b2] = second;
  const meanChroma = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanChroma ** 7 / (meanChroma ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1 = Math.hypot(a1p, b1);
  const c2 = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => {
    if (a === 0 && b === 0) return 0;
    const angle = Math.atan2(b, a) / DEG;
    return angle < 0 ? angle + 360 : angle;
  };
  const h1 = hue(b1, a1p);
  const h2 = hue(b2, a2p);
  let hueStep = 0;
  if (c1 * c2 !== 0) {
    hueStep = h2 - h1;
    if (hueStep > 180) hueStep -= 360;
    else if (hueStep < -180) hueStep += 360;
  }
  const deltaL = l2 - l1;
  const deltaC = c2 - c1;
  const deltaH = 2 * Math.sqrt(c1 * c2) * Math.sin((hueStep / 2) * DEG);
  const meanL = (l1 + l2) / 2;
  const meanC = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0) {
    meanH = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((meanH - 30) * DEG) +
    0.24 * Math.cos(2 * meanH * DEG) +
    0.32 * Math.cos((3 * meanH + 6) * DEG) -
    0.2 * Math.cos((4 * meanH - 63) * DEG);
  const rotation = 30 * Math.exp(-(((meanH - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanC;
  const sh = 1 + 0.015 * meanC * t;
  const rt = -Math.sin(2 * rotation * DEG) * rc;
  return Math.sqrt(
    (deltaL / sl) ** 2 +
      (deltaC / sc) ** 2 +
      (deltaH / sh) ** 2 +
      rt * (deltaC / sc) * (deltaH / sh),
  );
}

/** How far apart two colours look to a reader with the given colour vision (CIEDE2000). */
export function perceivedDistance(first: string, second: string, vision: VisionKind): number {
  const matrix = SIMULATION[vision];
  return deltaE2000(lab(apply(matrix, linearRgb(first))), lab(apply(matrix, linearRgb(second))));
}

/** The OKLCH hue angle of a colour, in degrees (Björn Ottosson's OKLab, 2020). */
export function oklchHue(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  const a = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const bb = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const angle = Math.atan2(bb, a) / DEG;
  return angle < 0 ? angle + 360 : angle;
}
