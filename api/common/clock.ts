/**
 * The server's idea of "now" for rules that depend on time (quiz deadlines, certificate validity).
 * Tests set it instead of sleeping; production reads the system clock. One module-level clock:
 * the API and the background work in one process always agree.
 */
let frozen: Date | null = null;

export const clock = {
  now(): Date {
    return frozen ? new Date(frozen.getTime()) : new Date();
  },
};

/** Tests: stop the clock at `at` (null: back to the system clock). */
export function setClock(at: Date | null): void {
  frozen = at ? new Date(at.getTime()) : null;
}

/** Tests: move a stopped clock forward. */
export function advanceClock(milliseconds: number): void {
  frozen = new Date((frozen ?? new Date()).getTime() + milliseconds);
}
