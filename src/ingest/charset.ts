// Decoding fetched or saved pages: BOM, then the HTTP Content-Type charset,
// then <meta charset>/<meta http-equiv>, else UTF-8. TextDecoder knows the
// legacy Arabic encodings (windows-1256, iso-8859-6).

function labelFromContentType(ct: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(ct ?? '');
  return m?.[1];
}

function labelFromMeta(head: string): string | undefined {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.toLowerCase());
  } catch {
    return undefined;
  }
}

export function detectCharset(buf: Uint8Array, contentType?: string): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const fromHeader = decoderFor(labelFromContentType(contentType));
  if (fromHeader) return fromHeader.encoding;
  // meta tags must appear in the first 1024 bytes (HTML spec); look a little further
  const head = new TextDecoder('latin1').decode(buf.subarray(0, 4096));
  const fromMeta = decoderFor(labelFromMeta(head));
  // a page served as UTF-16 cannot declare it in ASCII meta; trust only ASCII-compatible labels
  if (fromMeta && !fromMeta.encoding.startsWith('utf-16')) return fromMeta.encoding;
  return 'utf-8';
}

/** Decode page bytes to a string (invalid sequences become U+FFFD; the BOM is dropped). */
export function decodePage(buf: Uint8Array, contentType?: string): string {
  return new TextDecoder(detectCharset(buf, contentType)).decode(buf);
}
