/**
 * Which articles the engine learns its word weights and latent space from: those published
 * before the calendar month (UTC, so every machine agrees) of the newest article, or before the
 * month `lagMonths` earlier. Articles added later in the month are scored with those statistics
 * rather than moving them, so publishing one changes no related list but its neighbours'; the
 * statistics move once a month instead. Returns undefined, meaning every article, when the lag
 * is 0 or fewer than `least` articles (or half the site) would be settled.
 */
export function settledArticles(times: readonly number[], lagMonths: number, least: number): Uint8Array | undefined {
  const n = times.length;
  if (lagMonths <= 0 || n === 0) return undefined;
  let newest = -Infinity;
  for (const t of times) if (t > newest) newest = t;
  const month = new Date(newest);
  const cutoff = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() - (Math.floor(lagMonths) - 1), 1);
  const settled = new Uint8Array(n);
  let count = 0;
  times.forEach((t, d) => {
    if (t < cutoff) {
      settled[d] = 1;
      count++;
    }
  });
  return count >= Math.max(least, Math.ceil(n / 2)) ? settled : undefined;
}
