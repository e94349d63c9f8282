/**
 * The demo alert feed: an Atom index of every CAP message, newest first, each
 * entry linking to its full CAP document and repeating its key CAP fields (as
 * national CAP indexes do), so a client can skip expired messages unread.
 */
import { formatBeijingIso } from '../time';
import { escapeXml } from '../xml-escape';
import { ALERT_KIND_SPECS } from './alert-kinds';
import { capPath, type CapMessage } from './cap-message';
import { CAP_NAMESPACE, capHeadline } from './cap-xml';
import { DEMO_ENDPOINTS } from '../endpoints';

/** Atom's namespace: an identifier, never fetched. */
const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

function entryXml(message: CapMessage): string {
  const spec = ALERT_KIND_SPECS[message.kind];
  const sent = formatBeijingIso(message.sent);
  const text = (name: string, value: string): string =>
    `    <${name}>${escapeXml(value)}</${name}>\n`;
  return (
    '  <entry>\n' +
    text('id', `urn:hearth:demo:cap:${message.identifier}`) +
    text('title', capHeadline(message, 'zh')) +
    text('updated', sent) +
    text('published', sent) +
    `    <author><name>${escapeXml(spec.senderName.zh)}</name></author>\n` +
    `    <link rel="alternate" type="application/cap+xml" href="${escapeXml(capPath(message.identifier))}"/>\n` +
    text('summary', spec.event.zh) +
    text('cap:identifier', message.identifier) +
    text('cap:sent', sent) +
    text('cap:msgType', message.msgType) +
    text('cap:event', spec.event.zh) +
    text('cap:severity', message.msgType === 'Cancel' ? 'Minor' : message.severity) +
    text('cap:effective', formatBeijingIso(message.effective)) +
    text('cap:expires', formatBeijingIso(message.expires)) +
    '  </entry>\n'
  );
}

export function atomFeed(messages: readonly CapMessage[], updated: number): string {
  const newestFirst = [...messages].sort((a, b) => b.sent - a.sent);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<feed xmlns="${ATOM_NAMESPACE}" xmlns:cap="${CAP_NAMESPACE}" xml:lang="zh-CN">\n` +
    '  <id>urn:hearth:demo:alerts:110105</id>\n' +
    '  <title>北京市朝阳区预警信息（演示）</title>\n' +
    `  <updated>${formatBeijingIso(updated)}</updated>\n` +
    '  <author><name>Hearth 演示预警发布</name></author>\n' +
    `  <link rel="self" type="application/atom+xml" href="${DEMO_ENDPOINTS.alertsFeed}"/>\n` +
    newestFirst.map(entryXml).join('') +
    '</feed>\n'
  );
}
