/** @jsxImportSource react */
import { Cascader } from '@arco-design/web-react';
import { useEffect, useState } from 'react';
import { childNodes, provinceNodes, type RegionNode } from './options';

// 所在地 as one Arco `Cascader` with lazy levels (`loadMore`): the provinces load when the page opens and are shown by
// their short names (浙江, 上海, 内蒙古); a province's cities and a city's counties load when it is expanded
// (`/api/divisions?parent=<code>`), full-named. The value is [province, city, county] codes. Its popup is Arco's
// default, under <body>.

type Props = { value?: string[]; onChange?: (value: string[]) => void; id?: string; placeholder?: string };

export function RegionCascader({ value, onChange, id, placeholder }: Props) {
  const [provinces, setProvinces] = useState<RegionNode[]>([]);
  useEffect(() => {
    let live = true;
    provinceNodes().then((list) => live && setProvinces(list));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Cascader
      id={id}
      style={{ width: 320 }}
      placeholder={placeholder ?? '请选择省/市/区县'}
      options={provinces}
      loading={provinces.length === 0}
      loadMore={(path: string[], level: number) => childNodes(path[path.length - 1]!, level)}
      value={value && value.length ? value : undefined}
      onChange={(next) => onChange?.((next ?? []) as string[])}
      allowClear
    />
  );
}
