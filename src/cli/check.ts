import { importDocument, type ImportError } from '../profile/import';
import type { Finding } from '../rules/define-rule';
import { runRules, todayInChina } from '../rules/run-rules';

// The command-line checker: the extension's own import + rules, printed for a terminal or as JSON.

export type Lang = 'zh' | 'en';
export type FileReport = { file: string; importError?: ImportError[]; findings: Finding[] };
export type CheckOptions = { files: string[]; lang: Lang; json: boolean; today: string };
export type Io = { readFile(path: string): string; out(text: string): void; err(text: string): void };

export const USAGE = `用法 · usage: npm run check -- [--lang zh|en] [--json] [--today YYYY-MM-DD] <file.json>...`;

export function parseArgs(argv: readonly string[], now = new Date()): CheckOptions | { error: string } {
  const options: CheckOptions = { files: [], lang: 'zh', json: false, today: todayInChina(now) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--json') options.json = true;
    else if (flag === '--lang') {
      const lang = value();
      if (lang !== 'zh' && lang !== 'en') return { error: `--lang 只能是 zh 或 en · --lang must be zh or en (got ${String(lang)})` };
      options.lang = lang;
    } else if (flag === '--today') {
      const today = value();
      if (!today || !/^\d{4}-\d{2}-\d{2}$/.test(today)) return { error: `--today 应为 YYYY-MM-DD · --today must be YYYY-MM-DD` };
      options.today = today;
    } else if (flag === '--help' || flag === '-h') return { error: USAGE };
    else if (flag.startsWith('--')) return { error: `未知选项 ${flag} · unknown option ${flag}\n${USAGE}` };
    else options.files.push(arg);
  }
  if (options.files.length === 0) return { error: `请指定至少一个文件 · give at least one file\n${USAGE}` };
  return options;
}

export function checkFile(file: string, io: Io, today: string): FileReport {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    return { file, importError: [{ path: '', message: `无法读取文件 · cannot read file: ${(error as Error).message}` }], findings: [] };
  }
  const imported = importDocument(text);
  if (!imported.ok) return { file, importError: imported.errors, findings: [] };
  const findings = imported.profiles.flatMap((profile, index) =>
    runRules(profile, { today }).map((f) => (imported.kind === 'set' ? { ...f, path: `profiles[${index}].${f.path}` } : f)),
  );
  return { file, findings };
}

const LABELS = {
  zh: { error: '错误', warning: '警告', ok: '无问题', importFailed: '无法导入', summary: (e: number, w: number) => `${e} 个错误，${w} 个警告`, root: '(文档)' },
  en: { error: 'error', warning: 'warning', ok: 'no findings', importFailed: 'cannot import', summary: (e: number, w: number) => `${e} error(s), ${w} warning(s)`, root: '(document)' },
} as const;

export function formatReport(report: FileReport, lang: Lang): string {
  const l = LABELS[lang];
  const lines = [report.file];
  if (report.importError) {
    lines.push(`  ✖ ${l.importFailed}:`);
    for (const e of report.importError) lines.push(`    ${e.path || l.root}: ${e.message}`);
    return lines.join('\n');
  }
  if (report.findings.length === 0) lines.push(`  ✔ ${l.ok}`);
  for (const f of report.findings) {
    const mark = f.severity === 'error' ? '✖' : '⚠';
    lines.push(`  ${mark} ${l[f.severity]}  ${f.path || l.root}  ${f.message[lang]}  [${f.rule}]`);
  }
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  lines.push(`  ${l.summary(errors, report.findings.length - errors)}`);
  return lines.join('\n');
}

/** Runs the checker; returns the exit code (1 when any error finding or import error, 2 on bad arguments). */
export function runCheck(argv: readonly string[], io: Io, now = new Date()): number {
  const options = parseArgs(argv, now);
  if ('error' in options) {
    io.err(options.error);
    return 2;
  }
  const reports = options.files.map((file) => checkFile(file, io, options.today));
  if (options.json) io.out(JSON.stringify(reports, null, 2));
  else io.out(reports.map((r) => formatReport(r, options.lang)).join('\n\n'));
  const failed = reports.some((r) => r.importError || r.findings.some((f) => f.severity === 'error'));
  return failed ? 1 : 0;
}
