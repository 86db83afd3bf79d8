/** Counts admin API requests by route, for tests and benchmarks (GET /_emulator/requests). */
export class RequestCounter {
  private byRoute = new Map<string, number>();
  private total = 0;

  /** `route` is "METHOD /template", or "unmatched" for paths no route answers. */
  count(route: string): void {
    this.total += 1;
    this.byRoute.set(route, (this.byRoute.get(route) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byRoute = new Map();
  }

  snapshot(): { total: number; byRoute: Record<string, number> } {
    const byRoute: Record<string, number> = {};
    for (const key of [...this.byRoute.keys()].sort())
      byRoute[key] = this.byRoute.get(key) as number;
    return { total: this.total, byRoute };
  }
}
