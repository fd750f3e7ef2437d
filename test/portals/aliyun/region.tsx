/** @jsxImportSource react */
import { Select, Space } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { divisionsOf, type Option } from './options';

// 主办者所属区域 as portals.md §2.1 saw it: three antd Selects in a row (省 / 市 / 区), not named form items (their
// listboxes are `#rc_select_N_list`), each a virtual list of which only about ten options exist at once. The
// province list is searchable; the city and county lists are not, so a far option must be scrolled to. Cities load
// after the province is chosen, counties after the city: the form's value is [province, city, county] codes
// (`entity_comArea`). As on the portal, each dropdown opens inside the select's own column
// (dataAided finds them at `.ant-row>.ant-col:nth-child(n) .ant-select-dropdown`), not under <body>.

export type RegionValue = readonly string[];

export type RegionLists = {
  provinces: Option[];
  cities: Option[];
  counties: Option[];
  /** Starts loading a parent's children as soon as it is chosen (the console fetches on change). */
  choose(level: 0 | 1, parent: string): void;
};

/** The option lists, loading late as the console's do. */
export function useRegionLists(): RegionLists {
  const [provinces, setProvinces] = useState<Option[]>([]);
  const [cities, setCities] = useState<Option[]>([]);
  const [counties, setCounties] = useState<Option[]>([]);
  // Only the answer to the latest choice counts: a person may change the province while its cities load.
  const latest = useRef([0, 0]);
  useEffect(() => {
    divisionsOf('86', 300).then(setProvinces);
  }, []);
  const choose = useCallback((level: 0 | 1, parent: string) => {
    const ask = ++latest.current[level]!;
    const lists = level === 0 ? setCities : setCounties;
    if (level === 0) setCounties([]);
    lists([]);
    if (parent) divisionsOf(parent, level === 0 ? 350 : 400).then((list) => latest.current[level] === ask && lists(list));
  }, []);
  return { provinces, cities, counties, choose };
}

/** The names of the chosen divisions, as the read-only address prefix shows them. */
export function regionNames(value: RegionValue, lists: RegionLists): string[] {
  const [province, city, county] = value;
  return [lists.provinces.find((o) => o.value === province), lists.cities.find((o) => o.value === city), lists.counties.find((o) => o.value === county)].flatMap((o) => (o ? [o.label] : []));
}

type Props = { value?: RegionValue; onChange?: (value: string[]) => void; lists: RegionLists };

/** Dropdowns inside the select's parent, as the portal's are. */
export const inPlace = (trigger: HTMLElement): HTMLElement => trigger.parentElement ?? document.body;

export function RegionSelects({ value = [], onChange, lists }: Props) {
  const [province, city, county] = value;
  const loading = (list: Option[], parent: string | undefined) => parent !== undefined && parent !== '' && list.length === 0;
  return (
    <Space wrap>
      <Select
        style={{ width: 180 }}
        getPopupContainer={inPlace}
        placeholder="请选择省份"
        showSearch={{ optionFilterProp: 'label' }}
        options={lists.provinces}
        value={province}
        loading={lists.provinces.length === 0}
        onChange={(next: string) => {
          lists.choose(0, next);
          onChange?.([next]);
        }}
      />
      <Select style={{ width: 180 }} getPopupContainer={inPlace} placeholder="请选择城市" options={lists.cities} value={city} loading={loading(lists.cities, province)} onChange={(next: string) => {
          lists.choose(1, next);
          onChange?.([province ?? '', next]);
        }}
      />
      <Select
        style={{ width: 180 }}
        getPopupContainer={inPlace}
        placeholder="请选择区县"
        options={lists.counties}
        value={county}
        loading={loading(lists.counties, city)}
        onChange={(next: string) => onChange?.([province ?? '', city ?? '', next])}
      />
    </Space>
  );
}
