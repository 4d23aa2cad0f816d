/** Numbers as the interface writes them: 1,402. */
const numberFormat = new Intl.NumberFormat("en-US");

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}
