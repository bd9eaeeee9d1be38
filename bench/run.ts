// Placeholder replaced in the next commit by the benchmark runner.
console.log('benchmarks: none yet');
