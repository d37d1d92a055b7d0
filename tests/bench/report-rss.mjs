// Preloaded into a benchmarked process (node --import): prints its peak resident set on exit.
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_MB=${Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10}\n`);
});
