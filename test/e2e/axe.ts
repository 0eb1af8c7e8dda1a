/** axe-core in a page of Chromium: the serious and critical violations of a view, in words a failing test can print. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Finding {
  rule: string;
  impact: string;
  help: string;
  /** Each element: its selector and what is wrong. */
  nodes: string[];
}

/**
 * Runs axe on the page (or on the elements `include` selects, with their shadow trees) and answers its serious and
 * critical violations. axe is evaluated through DevTools, so an extension page's content security policy lets it in.
 */
export async function audit(page: Page, include?: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
    const results = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return results.violations;
  }, include ?? null);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    }));
}

/** Findings as lines, for a failing test's message. */
export function report(view: string, findings: Finding[]): string {
  return [`${view}: ${findings.length} serious or critical violation(s)`, ...findings.flatMap((f) => [`- ${f.rule} (${f.impact}): ${f.help}`, ...f.nodes.map((n) => `    ${n}`)])].join('\n');
}
