/**
 * An estimate of a label's width in pixels, for deciding what fits without measuring the DOM
 * (which the server cannot): about 0.62 em per Latin character with tabular figures, a full em per
 * CJK character, plus a little air.
 */
export function estimateTextWidth(text: string, fontSize = 12): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return ems * fontSize + 6;
}
