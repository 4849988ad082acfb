import { describe, expect, it } from 'vitest';
import { ThadsError, isThadsError } from '../../src/core/errors';

describe('ThadsError — a message written for the user', () => {
  it('is recognised by name, so that one thrown in another realm still counts', () => {
    expect(isThadsError(new ThadsError('Thiếu cột có điều kiện thi hành.'))).toBe(true);
    const foreign = new Error('x');
    foreign.name = 'ThadsError';
    expect(isThadsError(foreign)).toBe(true);
  });

  it('is not any other error', () => {
    expect(isThadsError(new TypeError('boom'))).toBe(false);
    expect(isThadsError('ThadsError')).toBe(false);
  });
});
