// Form parts used by several pages: choosing groups, editing a catalog. They collect values; the API checks them.
import { h } from '../ui.js';

/** A number typed into a field: a JSON number when it reads as one, else the text (the API names the field). */
export function numberOrText(value) {
  const text = value.trim();
  if (text === '') return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

/** Checkboxes for the groups; `selected()` gives their ids in the order shown. */
export function groupChooser(groups, { legend = '群', name = 'groups', checked = [] } = {}) {
  const boxes = groups.map((group) => {
    const box = h('input', { type: 'checkbox', name, value: group.id, id: `${name}-${group.id}` });
    box.checked = checked.includes(group.id);
    return h('label', { class: 'check', for: box.id }, box, ` ${group.name || group.chatId}`);
  });
  const fieldset = h(
    'fieldset',
    { class: 'groups' },
    h('legend', {}, legend),
    boxes.length ? boxes : h('p', { class: 'note' }, '还没有群，请先在「群」页面添加。'),
  );
  fieldset.selected = () =>
    [...fieldset.querySelectorAll('input[type=checkbox]:checked')].map((box) => Number(box.value));
  return fieldset;
}

const CODES = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Rows of products (code, name, aliases, unit, price, stock, limit); `items()` gives the catalog. */
export function catalogEditor(prefix = 'item') {
  const body = h('tbody');
  let count = 0;
  const addRow = (values = {}) => {
    const n = count++;
    const input = (key, label, attributes = {}) =>
      h('td', { 'data-label': label },
        h('input', { id: `${prefix}-${key}-${n}`, name: key, 'aria-label': `${label}（第${n + 1}行）`, ...attributes }));
    const row = h(
      'tr',
      {},
      input('sku', '代码', { value: values.sku || CODES[n % 26], size: 3 }),
      input('name', '商品名', { value: values.name || '' }),
      input('aliases', '别名', { value: (values.aliases || []).join('，'), placeholder: '用逗号分开' }),
      input('unit', '单位', { value: values.unit || '', size: 4 }),
      input('price', '单价', { value: values.price ?? '', inputmode: 'decimal', size: 6 }),
      input('stock', '库存', { value: values.stock ?? '', inputmode: 'numeric', size: 5, placeholder: '不限' }),
      input('limit', '限购', { value: values.limitPerPerson ?? '', inputmode: 'numeric', size: 5, placeholder: '不限' }),
      h('td', {}, h('button', { type: 'button', class: 'btn link', onclick: () => row.remove() }, `删除第${n + 1}行`)),
    );
    body.append(row);
  };
  addRow();
  const wrap = h(
    'div',
    { class: 'catalog' },
    h('div', { class: 'table-wrap' },
      h('table', { class: 'edit' },
        h('caption', {}, '商品'),
        h('thead', {}, h('tr', {}, ['代码', '商品名', '别名', '单位', '单价（元）', '库存', '每人限购', ''].map((t) => h('th', { scope: 'col' }, t)))),
        body)),
    h('button', { type: 'button', class: 'btn', onclick: () => addRow() }, '添加商品'),
  );
  wrap.items = () =>
    [...body.querySelectorAll('tr')].map((row) => {
      const value = (name) => row.querySelector(`[name=${name}]`).value;
      return {
        sku: value('sku').trim(),
        name: value('name').trim(),
        aliases: value('aliases').split(/[,，、\s]+/).map((a) => a.trim()).filter(Boolean),
        unit: value('unit').trim(),
        price: numberOrText(value('price')),
        stock: numberOrText(value('stock')),
        limitPerPerson: numberOrText(value('limit')),
      };
    });
  return wrap;
}
