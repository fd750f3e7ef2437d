import type { Profile } from '../profile/schema';
import { codesFor, type CodeOverrides, type ExportTarget } from './codes';
import { toDouyin } from './douyin';
import type { ExportAnswer } from './shared';
import { toWechat } from './wechat';

// icp:export (automation-api.md, "APP packages, materials and exports"): a parsed profile's mini program as the
// request body of an official filing API. Pure: nothing is sent anywhere; the agent's own code (with 服务商 access)
// uploads the listed files, puts their media ids at the listed fields and submits the body.

export { CODE_QUERIES, CODE_SOURCES, DEFAULT_CODES, EXPORT_TARGETS, codeOverridesSchema, codesFor, type CodeOverrides, type CodeTable, type ExportTarget } from './codes';
export type { ExportAnswer, Missing, Upload } from './shared';

export function exportFiling(profile: Profile, request: { service: string; to: ExportTarget; codes?: CodeOverrides }): ExportAnswer {
  const table = codesFor(request.to, request.codes);
  return request.to === 'wechat' ? toWechat(profile, request.service, table) : toDouyin(profile, request.service, table);
}
