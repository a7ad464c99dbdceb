import type { RuleContext } from '../context';
import type { Checked } from '../format/check';
import { CUSTOMER_DATA } from '../format/spec';
import { quoteValue } from '../escape';

/** Domain accessors shared by the policy rules, over valid values only. */

export interface Store {
  readonly checked: Checked;
  readonly kind?: Checked;
  readonly geography?: Checked;
  /** Valid elements of `data`; empty when `data` is missing or invalid. */
  readonly data: readonly Checked[];
}

/** The valid stores, computed once per lint: several rules read them. */
export function stores(ctx: RuleContext): Store[] {
  return ctx.memo(readStores, readStores);
}

function readStores(ctx: RuleContext): Store[] {
  return ctx.validItems(ctx.at('stores')).map((checked) => ({
    checked,
    kind: ctx.valid(checked, 'kind'),
    geography: ctx.valid(checked, 'geography'),
    data: ctx.validItems(ctx.valid(checked, 'data')),
  }));
}

export function isCustomerData(category: unknown): boolean {
  return (CUSTOMER_DATA as readonly unknown[]).includes(category);
}

export function holdsCustomerData(store: Store): boolean {
  return store.data.some((d) => isCustomerData(d.value));
}

/** The configured migration (a valid object, edition 2020-09); 2018-05 ignores migrations. */
export function migration(ctx: RuleContext): Checked | undefined {
  return ctx.edition === '2020-09' ? ctx.at('residency', 'migration') : undefined;
}

/** The geography a configured migration targets; a migration without a valid target targets nothing. */
export function migrationTarget(ctx: RuleContext): string | undefined {
  return ctx.valid(migration(ctx), 'targetGeography')?.value as string | undefined;
}

export function signupCountry(ctx: RuleContext): string | undefined {
  return ctx.at('tenant', 'signupCountry')?.value as string | undefined;
}

/** A value as a message quotes it: escaped, and cut short when long (see escape.ts). Never for an edit's text. */
export function quote(value: unknown): string {
  return quoteValue(value);
}
