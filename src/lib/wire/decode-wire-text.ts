/** Wire copy read as text, or why it cannot be read as text. */
export type DecodedWireText = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a wire file's bytes as UTF-8 text with `\n` line ends. A byte-order mark is dropped;
 * invalid UTF-8 or NUL bytes are refused, since guessing another encoding would publish
 * mojibake and NUL bytes mean a binary (or UTF-16) file.
 */
export function decodeWireText(bytes: Uint8Array): DecodedWireText {
  if (bytes.includes(0)) {
    return { ok: false, message: 'is not UTF-8 text (it holds NUL bytes: a binary or UTF-16 file?): save it as UTF-8' };
  }
  let text: string;
  try {
    // `fatal` refuses invalid bytes instead of turning them into U+FFFD; the BOM is dropped by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'is not UTF-8 text (invalid UTF-8 bytes): save it as UTF-8' };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
