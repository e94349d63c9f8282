/**
 * Writes a demo message as a CAP 1.2 document: one `info` block in Chinese and
 * one in English, elements in the order the CAP 1.2 schema requires.
 */
import { formatBeijingIso } from '../time';
import { escapeXml } from '../xml-escape';
import { ALERT_KIND_SPECS, type Bilingual } from './alert-kinds';
import { DEMO_AREA, DEMO_SENDER, type CapMessage } from './cap-message';
import { ALERT_COLOR_PARAMETER, SEVERITY_LEVELS } from './severity-levels';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

type Language = 'zh' | 'en';

function element(name: string, value: string, indent = '    '): string {
  return `${indent}<${name}>${escapeXml(value)}</${name}>\n`;
}

/** The headline of a message, in one language. */
export function capHeadline(message: CapMessage, language: Language): string {
  const spec = ALERT_KIND_SPECS[message.kind];
  const level = SEVERITY_LEVELS[message.severity];
  const sender = spec.senderName[language];
  const event = spec.event[language];
  if (language === 'zh') {
    const signal = event.replace(/预警$/, '');
    switch (message.msgType) {
      case 'Alert':
        return `${sender}发布${signal}${level.color}预警`;
      case 'Update':
        return `${sender}将${signal}预警调整为${level.color}`;
      case 'Cancel':
        return `${sender}解除${event}`;
    }
  }
  switch (message.msgType) {
    case 'Alert':
      return `${sender}: ${level.colorEn} ${event.toLowerCase()}`;
    case 'Update':
      return `${sender}: ${event.toLowerCase()} changed to ${level.colorEn}`;
    case 'Cancel':
      return `${sender}: ${event.toLowerCase()} lifted`;
  }
}

function pick(text: Bilingual, language: Language): string {
  return text[language];
}

function infoXml(message: CapMessage, language: Language): string {
  const spec = ALERT_KIND_SPECS[message.kind];
  const cancel = message.msgType === 'Cancel';
  const level = SEVERITY_LEVELS[message.severity];
  const description = cancel
    ? language === 'zh'
      ? `${spec.event.zh}已解除。`
      : `The ${spec.event.en.toLowerCase()} has been lifted.`
    : pick(spec.description, language);
  const instruction = cancel
    ? language === 'zh'
      ? '可恢复正常生活，请继续关注后续预警信息。'
      : 'Normal life can resume; keep watching for new warnings.'
    : pick(spec.instruction, language);
  return (
    '  <info>\n' +
    element('language', language === 'zh' ? 'zh-CN' : 'en') +
    element('category', spec.category) +
    element('event', spec.event[language]) +
    element('responseType', cancel ? 'AllClear' : spec.responseType) +
    // A cancel asks for no action any more: urgency Past, as CAP 1.2 defines it.
    element('urgency', cancel ? 'Past' : level.urgency) +
    element('severity', cancel ? 'Minor' : message.severity) +
    element('certainty', cancel ? 'Observed' : spec.certainty) +
    element('effective', formatBeijingIso(message.effective)) +
    element('expires', formatBeijingIso(message.expires)) +
    element('senderName', spec.senderName[language]) +
    element('headline', capHeadline(message, language)) +
    element('description', description) +
    element('instruction', instruction) +
    (cancel
      ? ''
      : '    <parameter>\n' +
        element('valueName', ALERT_COLOR_PARAMETER, '      ') +
        element('value', level.color, '      ') +
        '    </parameter>\n') +
    '    <area>\n' +
    element('areaDesc', DEMO_AREA.description[language], '      ') +
    element('polygon', DEMO_AREA.polygon, '      ') +
    '      <geocode>\n' +
    element('valueName', DEMO_AREA.geocode.valueName, '        ') +
    element('value', DEMO_AREA.geocode.value, '        ') +
    '      </geocode>\n' +
    '    </area>\n' +
    '  </info>\n'
  );
}

export function capXml(message: CapMessage): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<alert xmlns="${CAP_NAMESPACE}">\n` +
    element('identifier', message.identifier, '  ') +
    element('sender', DEMO_SENDER, '  ') +
    element('sent', formatBeijingIso(message.sent), '  ') +
    element('status', 'Actual', '  ') +
    element('msgType', message.msgType, '  ') +
    element('scope', 'Public', '  ') +
    (message.references.length > 0
      ? element('references', message.references.join(' '), '  ')
      : '') +
    infoXml(message, 'zh') +
    infoXml(message, 'en') +
    '</alert>\n'
  );
}
