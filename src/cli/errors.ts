// Errors the user can act on: printed as one line, exit code 1, no stack.
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

/** Exit codes: 0 ok, 1 user or input error, 2 usage. */
export const EXIT = { OK: 0, USER: 1, USAGE: 2 } as const;
