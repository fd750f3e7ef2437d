import type { ApiAnswer } from '../messaging/protocol';
import { runRules } from '../rules/run-rules';
import { handleApi, type BackgroundDeps } from './handle-api';

// Filling with one gesture (Alt+Shift+F, the context menu) from the last profile used. It asks first when the page is
// not a filing step a portal adapter knows (only the generic label match would fill it), or when the profile has
// error findings that a portal would reject days later.

export type GestureDeps = BackgroundDeps & { confirm(tabId: number, text: string): Promise<boolean> };

export async function fillFromGesture(tabId: number, last: { id: string; website: number }, deps: GestureDeps): Promise<ApiAnswer | 'declined'> {
  const stored = await deps.store.get(last.id);
  const errors = stored ? runRules(stored.profile, { today: deps.today() }).filter((f) => f.severity === 'error') : [];
  const page = await handleApi({ type: 'icp:recognise', tabId }, deps);
  const known = page.ok && 'adapter' in page && page.adapter !== 'generic';
  const doubts: string[] = [];
  if (!known) doubts.push('这个页面不是已知门户的备案步骤，只能按字段标签填写 · this page is not a filing step of a known portal: fields would be matched by their labels only');
  if (errors.length) doubts.push(`资料「${stored?.label ?? ''}」有 ${errors.length} 个错误，提交后会被驳回 · the profile has ${errors.length} error finding(s) a portal would reject`);
  if (doubts.length && !(await deps.confirm(tabId, `${doubts.join('\n')}\n\n仍要填写吗？ · Fill anyway?`))) return 'declined';
  // The first service is whatever the page asks for (a website, or an APP on an APP step); a later one was a website.
  return handleApi({ type: 'icp:fill', tabId, profile: { id: last.id }, ...(last.website > 0 ? { website: last.website } : {}) }, deps);
}
