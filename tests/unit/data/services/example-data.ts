/**
 * A valid answer for any form field, read from the form model only (not from
 * the demo's builders), so the same filler works for forms the portal has
 * never seen.
 */
import type { FormField, FormModel } from '@src/data/services/form-model';

const BY_FORMAT: Record<string, string> = {
  'cn-resident-id': '11010519491231002X',
  'cn-mobile': '13800138000',
  'cn-region-code': '110105',
  'cn-uscc': '91310115591693856A',
  email: 'household@example.org',
  date: '2020-05-01',
};

export function exampleValue(field: FormField, index = 0): unknown {
  switch (field.kind) {
    case 'boolean':
      return true;
    case 'integer':
      return field.minimum ?? 1;
    case 'number':
      return (field.minimum ?? 1) + 0.5;
    case 'choice':
      return field.options?.[0]?.value;
    case 'multi-choice':
      return [field.options?.[0]?.value];
    case 'date':
      return BY_FORMAT.date;
    case 'list': {
      const count = Math.max(1, field.minItems ?? 1);
      return Array.from({ length: count }, (_, i) =>
        field.item ? exampleValue(field.item, i) : `项${i}`,
      );
    }
    case 'section':
      return Object.fromEntries((field.fields ?? []).map((f) => [f.name, exampleValue(f)]));
    case 'text':
      if (field.format && BY_FORMAT[field.format]) return BY_FORMAT[field.format];
      if (field.pattern === '^[0-9]{16,19}$') return '6222020200112233445';
      return `示例内容${index}`;
  }
}

export function exampleData(model: FormModel): Record<string, unknown> {
  return Object.fromEntries(
    model.steps.flatMap((step) => step.fields).map((field) => [field.name, exampleValue(field)]),
  );
}
