import {
  resolveAccountCode,
  resolveDepartment,
  resolveNoDepartment,
  type MappingOverrides,
  type ReferenceData,
} from '../sync/mapping';
import { departmentName, type CodedAmount, type NetSuiteBillView } from './bill-views';

// NetSuite lines coded as the sync codes them (pure): a GL account mapped by hand to another
// Procurify account code, or a department matched to a Procurify department of another name, is
// compared under the Procurify coding it was written with, not shown as a minus on NetSuite's
// account and a plus on Procurify's. A line the mapping cannot resolve keeps NetSuite's own coding.

export interface CodingContext {
  refs: ReferenceData;
  overrides: MappingOverrides;
  /** NetSuite account id as runtime.accountId gives it (department external ids carry it). */
  accountId: string;
}

export function codeThroughMapping(bill: NetSuiteBillView, context: CodingContext): NetSuiteBillView {
  return { ...bill, lines: bill.lines.map((line) => codedLine(line, context)) };
}

function codedLine(line: CodedAmount, context: CodingContext): CodedAmount {
  if (!line.source) return line;
  const { account, department } = line.source;
  const code = account ? resolveAccountCode(account, context.refs, context.overrides) : undefined;
  const target = department
    ? resolveDepartment(department, context.refs, context.overrides, context.accountId)
    : resolveNoDepartment(context.refs, context.overrides, 'bill');
  const glAccount = code?.ok ? code.value.code.trim() || line.glAccount : line.glAccount;
  const departmentText = target.ok ? departmentName(target.value.name) : line.department;
  if (glAccount === line.glAccount && departmentText === line.department) return line;
  return { ...line, glAccount, department: departmentText, netsuiteCoding: `${line.glAccount} × ${line.department}` };
}
