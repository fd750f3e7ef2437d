/**
 * An address after the 省 / 市 / 县 it starts with (WeChat: 「地址开头的省市区不用填入」; 公安: 街道、门牌号（不含省市区）):
 * each level, in order, is cut where the address starts with one of its names.
 */
export function afterRegion(address: string, levels: readonly (readonly string[])[]): string {
  let rest = address.trim();
  for (const names of levels) {
    const name = names.find((n) => n && rest.startsWith(n));
    if (name) rest = rest.slice(name.length);
  }
  return rest.trim();
}
