import { describe, expect, it } from 'vitest';
import { parseAlertIndex } from '@src/data/alerts/parse-index-feed.js';
import { fixture } from './fixtures.js';

describe('parseAlertIndex', () => {
  it('lists the entry links of the Atom index fixture, not the feed’s own link', () => {
    const urls = parseAlertIndex(fixture('testdata_weather_index.atom'));

    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/wwacapget\.php\?x=CT20100831030400OKXAirQualityAlert/);
    expect(urls[1]).toMatch(/wwacapget\.php\?x=DC20100830203300LWXAirQualityAlert/);
  });

  it('prefers an entry’s alternate link over its self link', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom">
      <entry>
        <link rel="self" href="https://example.org/feed/entry/1"/>
        <link rel="alternate" href="https://example.org/alerts/1.xml"/>
      </entry>
      <entry><link href="/alerts/2.xml"/></entry>
      <entry><link href="/alerts/2.xml"/></entry>
    </feed>`;

    expect(parseAlertIndex(xml)).toEqual(['https://example.org/alerts/1.xml', '/alerts/2.xml']);
  });

  it('lists RSS item links', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel>
      <title>Warnings</title><link>https://example.org/</link>
      <item><title>A</title><link>https://example.org/cap/a.xml</link></item>
      <item><title>B</title><link> https://example.com/cap/b.xml </link></item>
      <item><title>No link</title></item>
    </channel></rss>`;

    expect(parseAlertIndex(xml)).toEqual([
      'https://example.org/cap/a.xml',
      'https://example.com/cap/b.xml',
    ]);
  });

  it('refuses a feed carrying a DOCTYPE', () => {
    const xml = '<!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed>&x;</feed>';
    expect(() => parseAlertIndex(xml)).toThrow(/^refused: /);
  });

  it('refuses a document that is not an index', () => {
    expect(() => parseAlertIndex(fixture('testdata_weather.cap'))).toThrow(
      'not an alert index: root is <alert>',
    );
  });
});
