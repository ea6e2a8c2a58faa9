/** How long work reports how far it got; the CLI draws a bar with an ETA, tests pass `quietProgress`. */
export interface Progress {
  start(total: number, label: string): void;
  advance(count: number): void;
  finish(): void;
}

export const quietProgress: Progress = { start: () => undefined, advance: () => undefined, finish: () => undefined };
