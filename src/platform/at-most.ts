/**
 * Maps over items with at most `limit` calls in flight, keeping the order of the items: for independent reads that
 * each take a pooled connection (one transaction per scheme), so a long list neither runs one at a time nor takes
 * the whole pool.
 */
export async function mapAtMost<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
