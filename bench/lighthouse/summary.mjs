// Prints a Lighthouse JSON report's four category scores, the metrics behind the performance
// score, every audit that scored below 1 and every audit that could not run.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const audits = Object.values(report.audits);
console.log(report.finalDisplayedUrl);
for (const category of Object.values(report.categories)) {
  console.log(`  ${category.title.padEnd(16)} ${Math.round(category.score * 100)}`);
}
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time',
  'cumulative-layout-shift', 'speed-index'];
console.log(`  metrics: ${metrics.map((id) => `${id} ${report.audits[id].displayValue}`).join(', ')}`);

// Audits that only inform or need a person to check have no score; they are not failures.
const below = audits.filter((audit) => audit.score !== null && audit.score < 1)
  .sort((a, b) => a.score - b.score);
for (const audit of below) {
  const value = audit.displayValue ? `  (${audit.displayValue})` : '';
  console.log(`  ${audit.score.toFixed(2)}  ${audit.id}: ${audit.title}${value}`);
}
if (below.length === 0) console.log('  every scored audit passed');
for (const audit of audits.filter((a) => a.scoreDisplayMode === 'error')) {
  console.log(`  could not run: ${audit.id} (${audit.errorMessage})`);
}
