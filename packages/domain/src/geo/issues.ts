/**
 * Collects validation problems of one record, one entry per code: a broken shapefile export can have
 * the same fault at every one of 100,000 vertices, and a report listing each would bury the useful
 * first location. The message names the first occurrence and counts the rest.
 */

export interface Issue<C extends string = string> {
  code: C;
  message: string;
}

/** What a checker needs: report a problem, and tell whether any were reported since a point. */
export interface IssueSink<C extends string> {
  add(code: C, message: string): void;
  /** Every problem reported so far, repeats included. */
  readonly reported: number;
}

export class IssueCollector<C extends string> implements IssueSink<C> {
  private readonly byCode = new Map<C, { message: string; count: number }>();
  private total = 0;

  get reported(): number {
    return this.total;
  }

  add(code: C, message: string): void {
    this.total++;
    const seen = this.byCode.get(code);
    if (seen) seen.count++;
    else this.byCode.set(code, { message, count: 1 });
  }

  has(code: C): boolean {
    return this.byCode.has(code);
  }

  list(): Issue<C>[] {
    return [...this.byCode].map(([code, { message, count }]) => ({
      code,
      message: count > 1 ? `${message} (and ${count - 1} more like it)` : message,
    }));
  }
}
