// The guard in front of every action a page script must not start (issue 15 §5).
import { describe, expect, it } from 'vitest';
import { isUserAction, isUserEnter } from '../../../lib/platform/trusted';

const trusted = <E extends Event>(e: E, isTrusted = true) =>
  Object.defineProperty(e, 'isTrusted', { value: isTrusted });

describe('isUserAction', () => {
  it('accepts a trusted click and refuses a synthetic one', () => {
    expect(isUserAction(trusted(new Event('click')))).toBe(true);
    expect(isUserAction(trusted(new Event('click'), false))).toBe(false);
    expect(isUserAction(new Event('click'))).toBe(false); // as a script makes it
  });

  it('never takes a submit event, trusted or not (requestSubmit() fires a trusted one)', () => {
    expect(isUserAction(trusted(new Event('submit')))).toBe(false);
    expect(isUserAction(new Event('submit'))).toBe(false);
  });
});

// Node has no KeyboardEvent: an Event with the two fields the guard reads.
const key = (k: string, isComposing = false) =>
  Object.defineProperties(new Event('keydown'), {
    key: { value: k },
    isComposing: { value: isComposing },
  }) as KeyboardEvent;

describe('isUserEnter', () => {
  it('is a trusted Enter, not another key, not a synthetic Enter, not while composing', () => {
    expect(isUserEnter(trusted(key('Enter')))).toBe(true);
    expect(isUserEnter(trusted(key('a')))).toBe(false);
    expect(isUserEnter(key('Enter'))).toBe(false);
    expect(isUserEnter(trusted(key('Enter', true)))).toBe(false);
  });
});
