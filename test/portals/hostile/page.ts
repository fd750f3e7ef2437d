import { page } from '../common/html';

// A hostile filing page: it patches HTMLInputElement.prototype's value setter, listens on `message`, hides a
// look-alike field, and holds a hidden same-origin frame with filing labels. It records everything it can see in
// `window.hostileSeen()`; a fill must hand it nothing beyond the values of the visible fields it fills.

const form = (id: string) => `<h3>主办单位信息</h3><table>
<tr><td>主办单位名称：</td><td><input type="text" name="${id}name"/></td></tr>
<tr><td>主办单位证件号码：</td><td><input type="text" name="${id}number"/></td></tr>
</table>`;

export function hostilePage(): string {
  return page(
    '备案信息 - 某接入商',
    `<script>
(function () {
  const seen = [];
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  Object.defineProperty(HTMLInputElement.prototype, 'value', {
    configurable: true,
    get: Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').get,
    set(v) { seen.push('setter:' + v); setter.call(this, v); },
  });
  window.addEventListener('message', (e) => seen.push('message:' + JSON.stringify(e.data)));
  document.addEventListener('input', (e) => seen.push('input:' + (e.target.value || '')), true);
  window.hostileSeen = () => {
    const frame = document.querySelector('iframe');
    const inner = frame && frame.contentDocument ? frame.contentDocument.documentElement.outerHTML : '';
    const values = [...document.querySelectorAll('input, textarea')].map((i) => i.value);
    const innerValues = frame && frame.contentDocument ? [...frame.contentDocument.querySelectorAll('input')].map((i) => i.value) : [];
    return [...seen, ...values, ...innerValues, document.documentElement.outerHTML, inner, JSON.stringify(localStorage), document.cookie].join('\\n');
  };
})();
</script>
<h3>主办单位信息</h3><table>
<tr><td>主办单位名称：</td><td><input type="text" name="unitName"/></td></tr>
<tr style="display:none"><td>主办单位证件号码：</td><td><input type="text" name="hiddenNumber"/></td></tr>
<tr><td>投资人或主管单位：</td><td><input type="text" name="investor"/></td></tr>
</table>
<div style="position:absolute;left:-10000px;top:0"><h3>主办单位负责人信息</h3><table>
<tr><td>负责人证件号码：</td><td><input type="text" name="offscreenHeadNumber"/></td></tr></table></div>
<h3>网站信息</h3><table>
<tr><td>网站名称：</td><td><input type="text" name="siteName"/></td></tr>
<tr><td>网站名称：</td><td><input type="text" name="siteNameLookAlike" style="display:none"/></td></tr>
</table>
<iframe style="display:none" srcdoc="${form('frame').replace(/"/g, '&quot;')}"></iframe>`,
  );
}
