import type { DeadLetter } from '@newsflow/contracts';

/** One record of the dead-letter topic, addressed by where it sits there (`partition:offset`). */
export interface StoredDeadLetter {
  address: string;
  partition: number;
  offset: string;
  letter: DeadLetter;
}

export interface DeadLetterSelection {
  stage?: string;
  /** Case-insensitive part of the reason. */
  reason?: string;
  /** Epoch ms bounds on `failedAt`, inclusive. */
  since?: number;
  until?: number;
  /** Exact addresses (`partition:offset`); when given, only these. */
  addresses?: string[];
}

export function selectDeadLetters(letters: StoredDeadLetter[], selection: DeadLetterSelection): StoredDeadLetter[] {
  const reason = selection.reason?.toLowerCase();
  const addresses = selection.addresses?.length ? new Set(selection.addresses) : null;
  return letters.filter(({ address, letter }) => {
    const failedAt = Date.parse(letter.failedAt);
    return (
      (!addresses || addresses.has(address)) &&
      (!selection.stage || letter.stage === selection.stage) &&
      (!reason || letter.reason.toLowerCase().includes(reason)) &&
      (selection.since === undefined || failedAt >= selection.since) &&
      (selection.until === undefined || failedAt <= selection.until)
    );
  });
}

/** The dead letter with its original message decoded: JSON when it parses, else UTF-8 text, else base64. */
export function describeDeadLetter(stored: StoredDeadLetter): Record<string, unknown> {
  const { originalValueBase64, ...letter } = stored.letter;
  const bytes = Buffer.from(originalValueBase64, 'base64');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let original: unknown = { base64: originalValueBase64 };
  if (Buffer.from(text, 'utf8').equals(bytes)) {
    try {
      original = JSON.parse(text);
    } catch {
      original = text;
    }
  }
  return { address: stored.address, ...letter, originalBytes: bytes.length, original };
}
