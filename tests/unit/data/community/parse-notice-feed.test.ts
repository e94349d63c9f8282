import { describe, expect, it } from 'vitest';
import { parseNoticeFeed } from '@src/data/community/parse-notice-feed.js';
import { demoNoticeFeed } from '@src/demo/community/notice-feed.js';

const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:t</id><title>物业</title>${entries}</feed>`;

describe('parseNoticeFeed', () => {
  it('reads Atom entries of every text type, newest first, urgent by category', () => {
    const notices = parseNoticeFeed(
      atom(`
      <entry><id>a</id><title>电梯检修</title><updated>2026-12-01T08:00:00Z</updated>
        <category term="电梯检修"/><summary>周四检修</summary></entry>
      <entry><id>b</id><title type="html">&lt;b&gt;停水&lt;/b&gt;通知</title><updated>2026-12-05T08:00:00Z</updated>
        <category term="停水"/><content type="html">&lt;p&gt;明日停水&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</content></entry>
      <entry><id>c</id><title>活动</title><published>2026-12-03T08:00:00Z</published>
        <category label="社区活动"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>茶话会</p></div></content></entry>`),
      ['停水'],
    );
    expect(notices.map((n) => [n.id, n.title, n.text, n.urgent])).toEqual([
      ['b', '停水通知', '明日停水', true],
      ['c', '活动', '茶话会', false],
      ['a', '电梯检修', '周四检修', false],
    ]);
    expect(notices[1]?.categories).toEqual(['社区活动']);
  });

  it('reads RSS 2.0 items (HTML in CDATA), and drops repeats and empty items', () => {
    const notices = parseNoticeFeed(
      `<rss version="2.0"><channel><title>物业</title>
        <item><guid>n1</guid><title>停电通知</title><category>停电</category>
          <pubDate>Sat, 05 Dec 2026 08:00:00 +0800</pubDate>
          <description><![CDATA[<p>今晚 <em>22:00</em> 停电</p>]]></description></item>
        <item><guid>n1</guid><title>停电通知</title></item>
        <item><guid>n2</guid></item>
      </channel></rss>`,
      ['停电'],
    );
    expect(notices).toEqual([
      {
        id: 'n1',
        title: '停电通知',
        text: '今晚 22:00 停电',
        categories: ['停电'],
        updated: Date.parse('2026-12-05T00:00:00Z'),
        urgent: true,
      },
    ]);
  });

  it('refuses a DOCTYPE or ENTITY, and what is not a feed', () => {
    expect(() =>
      parseNoticeFeed(
        '<!DOCTYPE feed [<!ENTITY x "y">]><feed><entry><title>&x;</title></entry></feed>',
      ),
    ).toThrow(/DOCTYPE/);
    expect(() => parseNoticeFeed('<html><body>not a feed</body></html>')).toThrow(
      /not a notice feed/,
    );
    expect(() => parseNoticeFeed('<feed><entry>')).toThrow(/well-formed/);
  });

  it('reads the demo property manager’s feed: its script never reaches the text', () => {
    const notices = parseNoticeFeed(demoNoticeFeed(Date.parse('2026-12-06T10:30:00Z')).body, [
      '停水',
    ]);
    expect(notices.map((n) => n.title)).toEqual([
      '3 号楼明日停水通知',
      '2 号电梯例行检修',
      '重阳节敬老茶话会',
    ]);
    expect(notices[0]?.urgent).toBe(true);
    expect(notices[2]?.text).toBe(
      '社区活动室 “重阳敬老” 茶话会，欢迎 60 岁以上居民参加。\n· 时间：周六上午 9:30\n· 地点：社区活动室',
    );
  });
});
