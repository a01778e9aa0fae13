import { describe, expect, it } from 'vitest';
import { SCENARIO_CASES, threePlants } from '../../../simulators/scenario/three-plants';

describe('the three-plant scenario', () => {
  const scenario = threePlants();

  it('is the same on every run', () => {
    expect(threePlants()).toEqual(scenario);
  });

  it('has the size the demo promises', () => {
    expect(scenario.vendors).toHaveLength(60);
    expect(scenario.accounts.length).toBeGreaterThanOrEqual(40);
    expect(scenario.bills.length).toBeGreaterThanOrEqual(120);
    expect(scenario.purchaseOrders).toHaveLength(20);
    expect(
      scenario.departments.filter((department) => department.name.endsWith('Plant') && !department.isInactive),
    ).toHaveLength(3);
  });

  it('uses unique ids and references only records it defines', () => {
    const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
    for (const list of [
      scenario.vendors,
      scenario.bills,
      scenario.purchaseOrders,
      scenario.accounts,
      scenario.departments,
    ]) {
      expect(ids(list as { id: string }[]).size).toBe(list.length);
    }
    const vendors = ids(scenario.vendors);
    const accounts = ids(scenario.accounts);
    const departments = ids(scenario.departments);
    const items = ids(scenario.items);
    for (const transaction of [...scenario.bills, ...scenario.purchaseOrders]) {
      expect(vendors.has(transaction.vendorId)).toBe(true);
      for (const line of transaction.lines) {
        if (line.accountId) expect(accounts.has(line.accountId)).toBe(true);
        if (line.itemId) expect(items.has(line.itemId)).toBe(true);
        if (line.departmentId) expect(departments.has(line.departmentId)).toBe(true);
        expect(line.amount).toMatch(/^-?\d+\.\d\d$/);
      }
    }
  });

  it('names every deliberate case and leaves the gaps it promises on the Procurify side', () => {
    for (const id of Object.values(SCENARIO_CASES)) {
      expect([...scenario.vendors, ...scenario.bills].some((record) => record.id === id)).toBe(true);
    }
    const codes = scenario.procurify.accountCodes.map((code) => code.code);
    expect(codes).not.toContain('5300');
    expect(codes).not.toContain('6420');
    expect(codes).not.toContain('6950');
    expect(scenario.procurify.departments.map((department) => department.name)).not.toContain('Research & Development');
    const software = scenario.procurify.accountCodes.find((code) => code.code === '6100')!;
    const windsor = scenario.procurify.departments.find((department) => department.name === 'Windsor Plant')!;
    expect(
      scenario.procurify.accounts.some(
        (account) => account.accountCodeId === software.id && account.departmentId === windsor.id,
      ),
    ).toBe(false);
    const linked = scenario.bills.find((bill) => bill.id === SCENARIO_CASES.billAlreadyInProcurify)!;
    expect(scenario.procurify.bills.map((bill) => bill.invoiceNumber)).toContain(linked.tranId);
  });
});
