/** LockService: one holder at a time; runtime.lock.hold() plays another execution holding it. */
import type { Env } from './env';
import { SERVICE } from './instrument';

export class LockServiceImpl {
  readonly [SERVICE] = 'LockService';
  constructor(private readonly env: Env) {}
  getDocumentLock(): LockImpl {
    return new LockImpl(this.env);
  }
  getScriptLock(): LockImpl {
    return new LockImpl(this.env);
  }
  getUserLock(): LockImpl {
    return new LockImpl(this.env);
  }
}

export class LockImpl {
  readonly [SERVICE] = 'Lock';
  private held = false;
  constructor(private readonly env: Env) {}
  /** Returns at once: nothing else runs in this process that could release the lock meanwhile. */
  tryLock(timeoutInMillis: number): boolean {
    void timeoutInMillis;
    if (this.env.lock.heldElsewhere) return false;
    this.held = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    void timeoutInMillis;
    if (this.env.lock.heldElsewhere) throw new Error('Lock timeout: another process was holding the lock for too long.');
    this.held = true;
  }
  releaseLock(): void {
    this.held = false;
  }
  hasLock(): boolean {
    return this.held;
  }
}
