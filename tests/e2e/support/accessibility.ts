import fs from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  impact: string;
  help: string;
  /** Selectors of the elements that fail, and what is wrong with the first few. */
  targets: string[];
}

/**
 * The critical and serious WCAG 2.1 AA and best-practice violations axe-core finds in the page once
 * its running transitions have ended. The page's CSP forbids inline scripts, so axe is evaluated rather than injected.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // A menu or dialog still fading in or out has colours no one reads: measure the settled page
  // (after two frames, so that a transition a click has just begun is among the animations).
  await page.evaluate(async () => {
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
    const ending = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.all(ending.map((a) => a.finished.catch(() => undefined)));
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<any> } }).axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  );
  return (results.violations as any[])
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: any) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('')}`),
    }));
}

/** Fails with the rules, elements and reasons when the page has critical or serious violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  if (violations.length) {
    const report = violations.map((v) => `${v.impact} ${v.rule} (${v.help}):\n    ${v.targets.join('\n    ')}`).join('\n  ');
    throw new Error(`axe-core found violations on ${new URL(page.url()).pathname}:\n  ${report}`);
  }
}
