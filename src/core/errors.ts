/**
 * An error whose message is meant for the user: Vietnamese, naming the row, column and value.
 * Anything else that escapes a custom function is a bug, and the guard says so in Vietnamese.
 */
export class ThadsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ThadsError';
  }
}

/** True when `e` carries a message written for the user. */
export function isThadsError(e: unknown): e is ThadsError {
  return e instanceof Error && e.name === 'ThadsError';
}
