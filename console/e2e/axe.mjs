// WCAG 2.1 AA checks with axe, shared by the browser tests.
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.1 AA rules; serious and critical findings fail the run. */
export async function seriousViolations(page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => `${n.target.join(' ')} (${n.any.map((c) => c.message).join('; ')})`).join(', ')}`);
}
