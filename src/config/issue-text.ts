/**
 * Localised text for a ConfigIssue, from its keyword and params (ajv's keywords
 * and the loader's own). An unknown keyword falls back to the issue's English
 * message, which is better than nothing on a screen an operator must act on.
 */
import { msg, str } from '@lit/localize';
import type { ConfigIssue } from './types.js';

/** The path as shown: '' is the file itself. */
export function issuePathText(path: string): string {
  return path === '' ? msg('（整个文件）', { id: 'config.path.file' }) : path;
}

export function issueText(issue: ConfigIssue): string {
  const params = issue.params ?? {};
  const text = (key: string): string => String(params[key] ?? '');
  const number = (key: string): number => Number(params[key]);
  switch (issue.keyword) {
    case 'type':
      return msg(str`类型不对：应为${typeName(text('type'))}`, { id: 'config.issue.type' });
    case 'required':
      return msg('缺少这个必填项', { id: 'config.issue.required' });
    case 'dependencies':
      return msg(str`填写了 ${text('property')} 时这一项也必须填写`, {
        id: 'config.issue.dependencies',
      });
    case 'pattern':
      return patternText(issue.path, text('pattern'));
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'] : [];
      return msg(str`不是允许的值，应为以下之一：${allowed.join(' | ')}`, {
        id: 'config.issue.enum',
      });
    }
    case 'minimum':
      return msg(str`太小：不能小于 ${number('limit')}`, { id: 'config.issue.minimum' });
    case 'maximum':
      return msg(str`太大：不能大于 ${number('limit')}`, { id: 'config.issue.maximum' });
    case 'uniqueItems':
      return msg(str`与第 ${number('j') + 1} 项重复`, { id: 'config.issue.uniqueItems' });
    case 'minLength':
      return number('limit') <= 1
        ? msg('不能为空', { id: 'config.issue.empty' })
        : msg(str`太短：至少 ${number('limit')} 个字符`, { id: 'config.issue.minLength' });
    case 'maxLength':
      return msg(str`太长：最多 ${number('limit')} 个字符`, { id: 'config.issue.maxLength' });
    case 'minItems':
      return msg(str`至少需要 ${number('limit')} 项`, { id: 'config.issue.minItems' });
    case 'additionalProperties':
      return msg('未知的字段，已忽略（请检查拼写）', { id: 'config.issue.unknownKey' });
    case 'timeZone':
      return msg('这台电视不认识这个时区，请使用 IANA 名称，例如 Asia/Shanghai', {
        id: 'config.issue.timeZone',
      });
    case 'url':
      return msg('不是有效的网址', { id: 'config.issue.url' });
    case 'urlScheme': {
      const allowed = Array.isArray(params['allowed']) ? params['allowed'].join(', ') : '';
      return msg(str`网址必须以 ${allowed} 开头，不能用 ${text('scheme')}`, {
        id: 'config.issue.urlScheme',
      });
    }
    default:
      return loaderText(issue) ?? issue.message;
  }
}

/** Problems with the file as a whole, found before the schema is applied. */
function loaderText(issue: ConfigIssue): string | undefined {
  const params = issue.params ?? {};
  switch (issue.keyword) {
    case 'http': {
      const status = Number(params['status']);
      if (status === 404) {
        return msg('服务器上找不到这个文件（HTTP 404），请检查地址', {
          id: 'config.issue.http404',
        });
      }
      if (status >= 500) {
        return msg(str`服务器出错（HTTP ${status}），请稍后重试或联系运营商`, {
          id: 'config.issue.http5xx',
        });
      }
      return msg(str`服务器拒绝了请求（HTTP ${status}）`, { id: 'config.issue.http' });
    }
    case 'timeout':
      return msg(str`服务器 ${Number(params['seconds'])} 秒内没有响应`, {
        id: 'config.issue.timeout',
      });
    case 'network':
      return msg(str`无法下载文件，请检查网络：${String(params['reason'] ?? '')}`, {
        id: 'config.issue.network',
      });
    case 'json': {
      const reason = String(params['reason'] ?? '');
      if (typeof params['line'] === 'number' && typeof params['column'] === 'number') {
        return msg(
          str`不是有效的 JSON：第 ${params['line']} 行第 ${params['column']} 列有误（${reason}）`,
          { id: 'config.issue.jsonAt' },
        );
      }
      return msg(str`不是有效的 JSON（${reason}）`, { id: 'config.issue.json' });
    }
    case 'notObject':
      return msg(str`文件内容必须是一个 JSON 对象 { … }，而不是 ${String(params['found'])}`, {
        id: 'config.issue.notObject',
      });
    case 'configUrl':
      if (params['reason'] === 'origin') {
        return msg(
          str`地址中的 ?config= 指向 ${String(params['origin'])}，运营商没有允许从这台服务器读取配置（config.json 的 configOrigins）`,
          { id: 'config.issue.configOrigin' },
        );
      }
      return msg('地址中的 ?config= 不是有效的 http(s) 网址', { id: 'config.issue.configUrl' });
    default:
      return undefined;
  }
}

function typeName(type: string): string {
  switch (type) {
    case 'string':
      return msg('文本（"…"）', { id: 'config.type.string' });
    case 'number':
      return msg('数字', { id: 'config.type.number' });
    case 'integer':
      return msg('整数', { id: 'config.type.integer' });
    case 'boolean':
      return msg('true 或 false', { id: 'config.type.boolean' });
    case 'object':
      return msg('对象（{ … }）', { id: 'config.type.object' });
    case 'array':
      return msg('列表（[ … ]）', { id: 'config.type.array' });
    default:
      return type;
  }
}

/** Patterns are unreadable to an operator; the known fields get a plain hint. */
function patternText(path: string, pattern: string): string {
  if (path.endsWith('/accent')) {
    return msg('颜色格式不对：应为 #rgb 或 #rrggbb，例如 #e8a33d', {
      id: 'config.issue.accent',
    });
  }
  if (path.endsWith('/regionCode')) {
    return msg('应为 6 位数字的行政区划代码（GB/T 2260），例如 110105', {
      id: 'config.issue.regionCode',
    });
  }
  if (path.endsWith('/patient')) {
    return msg('应为 Patient/<编号>，例如 Patient/123', { id: 'config.issue.patient' });
  }
  return msg(str`格式不对：应符合 ${pattern}`, { id: 'config.issue.pattern' });
}
