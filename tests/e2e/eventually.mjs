// Assertions on what the page does asynchronously. node:test does not retry, and a
// value read once right after an action may not be there yet on a loaded machine:
// each helper reads again (backing off up to 250 ms) until the assertion holds or
// the time is up, then fails with the last assertion's own message.
import assert from 'node:assert/strict';

/** Long enough for a two-core machine running other work beside the tests. */
export const TIMEOUT = 30_000;

/**
 * Reads `read()` until `check(value)` stops throwing; returns the value. A read that
 * throws (an element not there yet) counts as not yet.
 */
export async function until(read, check, { timeout = TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  let delay = 25;
  for (;;) {
    try {
      const value = await read();
      check(value);
      return value;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 250);
  }
}

/** `assert`'s checks, each on a value read again until it holds. */
export const eventually = {
  equal: (read, expected, message) => until(read, (v) => assert.equal(v, expected, message)),
  notEqual: (read, expected, message) => until(read, (v) => assert.notEqual(v, expected, message)),
  deepEqual: (read, expected, message) => until(read, (v) => assert.deepEqual(v, expected, message)),
  match: (read, pattern, message) => until(read, (v) => assert.match(v, pattern, message)),
  doesNotMatch: (read, pattern, message) => until(read, (v) => assert.doesNotMatch(v, pattern, message)),
  ok: (read, message) => until(read, (v) => assert.ok(v, message)),
};
