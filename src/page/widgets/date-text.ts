// Dates as pickers show them and as the profile holds them (YYYY-MM-DD). Shared by the Arco and TDesign drivers, whose
// pickers show a date in the page's own `format` (2020-03-07, 2020/03/07, 2020年03月07日).

const SHOWN = /^(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})\D?$/;
export const PROFILE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A shown date in profile terms; text that is no date is returned trimmed. */
export function asProfileDate(text: string): string {
  const m = SHOWN.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
}

/** The date spelt as the picker spells its dates: like its current text first, then each common format. */
export function spellings(date: string, shown: string): string[] {
  const [y, m, d] = date.split('-');
  const formats = [`${y}-${m}-${d}`, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}.${m}.${d}`];
  const like = /^\d{4}(\D{1,2})\d{1,2}(\D{1,2})\d{1,2}(\D?)$/.exec(shown.trim());
  return like ? [...new Set([`${y}${like[1]}${m}${like[2]}${d}${like[3]}`, ...formats])] : formats;
}
