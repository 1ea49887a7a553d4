// The SHA-256 of a version's text, as lowercase hex: stored by the backend with each acknowledgement and checked
// by the reader's page against the text it shows. Web Crypto, which the browser, its workers and Node all have.
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The first characters of a hash, for a sentence; the export and the record carry all 64. */
export const shortHash = (hash: string) => hash.slice(0, 12);
