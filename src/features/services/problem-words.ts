/**
 * A form problem in words the household understands, said next to the field
 * and read aloud: what is wrong and, where it helps, what is expected.
 */
import { msg, str } from '@lit/localize';
import type { FieldProblem } from '../../data/services/form-validator.js';
import { VISIT_DAYS_AHEAD } from '../../data/services/formats/visit-window.js';

const FORMAT_NAMES: Record<string, () => string> = {
  'cn-resident-id': () => msg('身份证号码', { id: 'services.format.residentId' }),
  'cn-uscc': () => msg('统一社会信用代码', { id: 'services.format.uscc' }),
  'cn-mobile': () => msg('手机号码', { id: 'services.format.mobile' }),
  'cn-region-code': () => msg('地区', { id: 'services.format.region' }),
  email: () => msg('电子邮箱', { id: 'services.format.email' }),
  date: () => msg('日期', { id: 'services.format.date' }),
  'visit-window': () => msg('上门时间', { id: 'services.format.visitWindow' }),
};

function formatWords(format: string, reason: unknown): string {
  const name = FORMAT_NAMES[format]?.() ?? msg('内容', { id: 'services.format.generic' });
  switch (reason) {
    case 'length':
      return msg(str`${name}的位数不对`, { id: 'services.problem.length' });
    case 'characters':
      return msg(str`${name}里有不该出现的字符`, { id: 'services.problem.characters' });
    case 'checksum':
      return msg(str`${name}的校验位不对，请逐位核对`, { id: 'services.problem.checksum' });
    case 'birth-date':
      return msg('号码中的出生日期不存在', { id: 'services.problem.birthDate' });
    case 'region':
      return msg(str`${name}中的地区代码不存在`, { id: 'services.problem.region' });
    case 'registry':
      return msg('登记管理部门或机构类别代码不存在', { id: 'services.problem.registry' });
    case 'prefix':
      return msg('这不是有效的手机号段', { id: 'services.problem.prefix' });
    case 'visit-date':
      return msg(str`上门日期要在今天到 ${String(VISIT_DAYS_AHEAD)} 天以内`, {
        id: 'services.problem.visitDate',
      });
    default:
      return msg(str`${name}的格式不对`, { id: 'services.problem.format' });
  }
}

export function problemWords(problem: FieldProblem): string {
  const limit = problem.params.limit;
  if (problem.code.startsWith('format:')) {
    return formatWords(problem.code.slice('format:'.length), problem.params.reason);
  }
  switch (problem.code) {
    case 'required':
      return msg('这一项必须填写', { id: 'services.problem.required' });
    case 'minLength':
      return msg(str`至少要填 ${String(limit)} 个字`, { id: 'services.problem.minLength' });
    case 'maxLength':
      return msg(str`最多只能填 ${String(limit)} 个字`, { id: 'services.problem.maxLength' });
    case 'minimum':
    case 'exclusiveMinimum':
      return msg(str`不能小于 ${String(limit)}`, { id: 'services.problem.minimum' });
    case 'maximum':
    case 'exclusiveMaximum':
      return msg(str`不能大于 ${String(limit)}`, { id: 'services.problem.maximum' });
    case 'minItems':
      return msg(str`至少要选或填 ${String(limit)} 项`, { id: 'services.problem.minItems' });
    case 'maxItems':
      return msg(str`最多只能选或填 ${String(limit)} 项`, { id: 'services.problem.maxItems' });
    case 'enum':
    case 'const':
      return msg('请从列表中选择', { id: 'services.problem.enum' });
    case 'pattern':
      return msg('填写的格式不对', { id: 'services.problem.pattern' });
    case 'type':
      return msg('填写的内容类型不对', { id: 'services.problem.type' });
    case 'uniqueItems':
      return msg('有重复的项', { id: 'services.problem.unique' });
    case 'server': {
      const detail = problem.params.detail;
      return typeof detail === 'string' && detail
        ? detail
        : msg('办理部门认为这一项有误', { id: 'services.problem.server' });
    }
    default:
      return msg('这一项填写有误', { id: 'services.problem.other' });
  }
}
