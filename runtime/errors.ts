/**
 * A problem with what the runtime was given (a missing, non-.xlsx or unreadable file, an unknown
 * sheet): the demo prints its message and exits non-zero without writing anything.
 */
export class RuntimeInputError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RuntimeInputError';
  }
}
