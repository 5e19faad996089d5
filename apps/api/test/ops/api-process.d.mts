import type { ChildProcess } from 'node:child_process';

export declare function freePort(): Promise<number>;
export declare function waitForHealth(
  url: string,
  child: ChildProcess,
  ms: number,
  detail?: () => string,
): Promise<void>;
export declare function resetPostgres(url: string): Promise<void>;
export declare function seedDemo(env: Record<string, string>): void;
