// The dashboard: built on GET /api/v1/dashboard (another branch); until then it says so.
import { h, show, note } from '../ui.js';

export async function dashboardPage(container) {
  show(container, h('h1', {}, '数据'), note('数据看板即将上线。'));
}
