/**
 * `pnpm bench`: the reproducible benchmark arrives with its own issue (workloads W1–W6 against a
 * raw-SQL baseline). Until then this says so instead of printing invented numbers.
 */
console.log('pnpm bench: not implemented yet. The benchmark (W1–W6 vs a raw-SQL baseline) lands with the performance issue.');
console.log('Statement counts per request are already asserted by the end-to-end tests (pnpm test).');
