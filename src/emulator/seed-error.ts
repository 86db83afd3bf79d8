/** A seed that cannot be used; `message` cites the file, line and column where known. */
export class SeedError extends Error {
  override name = "SeedError";
}
