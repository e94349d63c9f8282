/**
 * The demo property manager's notice feed, as Atom: a water cut tomorrow (an
 * urgent category), lift maintenance and a neighbourhood event. The bodies are
 * HTML as an editor writes it (paragraphs, bold, &nbsp;, and one script a
 * careless editor pasted), which the portal shows as plain text.
 */
import { escapeXml } from '../xml-escape';

interface DemoNotice {
  id: string;
  title: string;
  category: string;
  html: string;
  /** Hours before the feed's hour that it was published. */
  hoursAgo: number;
}

const NOTICES: DemoNotice[] = [
  {
    id: 'urn:hearth-demo:notice:water-cut',
    title: '3 号楼明日停水通知',
    category: '停水',
    html: '<p>因二次供水设备检修，<strong>明日 9:00—17:00</strong>&nbsp;3 号楼全楼停水。</p><p>请提前储水。如有困难请联系物业服务中心：<br>电话 010-6500 1234</p>',
    hoursAgo: 1,
  },
  {
    id: 'urn:hearth-demo:notice:lift',
    title: '2 号电梯例行检修',
    category: '电梯检修',
    html: '<p>本周四 14:00—16:00 2 号电梯例行检修，请使用 1 号电梯。</p>',
    hoursAgo: 26,
  },
  {
    id: 'urn:hearth-demo:notice:double-ninth',
    title: '重阳节敬老茶话会',
    category: '社区活动',
    html: '<p>社区活动室 &ldquo;重阳敬老&rdquo; 茶话会，欢迎 60 岁以上居民参加。</p><script>alert("x")</script><ul><li>时间：周六上午 9:30</li><li>地点：社区活动室</li></ul>',
    hoursAgo: 50,
  },
];

/** The feed as of `now`, dated to the hour so its ETag holds between polls. */
export function demoNoticeFeed(now: number): { body: string; updated: number } {
  const hour = Math.floor(now / 3_600_000) * 3_600_000;
  const entries = NOTICES.map((notice) => {
    const at = new Date(hour - notice.hoursAgo * 3_600_000).toISOString();
    return `  <entry>
    <id>${escapeXml(notice.id)}</id>
    <title>${escapeXml(notice.title)}</title>
    <updated>${at}</updated>
    <category term="${escapeXml(notice.category)}"/>
    <content type="html">${escapeXml(notice.html)}</content>
  </entry>`;
  });
  const updated = hour - Math.min(...NOTICES.map((n) => n.hoursAgo)) * 3_600_000;
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:hearth-demo:notices</id>
  <title>幸福里小区物业通知</title>
  <updated>${new Date(updated).toISOString()}</updated>
${entries.join('\n')}
</feed>
`;
  return { body, updated };
}
