import { describe, expect, it } from 'vitest';
import { htmlToText } from '@src/data/community/html-to-text.js';

describe('htmlToText', () => {
  it('keeps the words of an editor’s HTML, with paragraphs and breaks as lines', () => {
    expect(
      htmlToText('<p>明日 <strong>9:00—17:00</strong>&nbsp;停水。</p><p>请储水。<br>电话 1234</p>'),
    ).toBe('明日 9:00—17:00 停水。\n请储水。\n电话 1234');
  });

  it('drops scripts, styles and comments with what is inside them', () => {
    const text = htmlToText(
      '<p>活动</p><script>alert("x")</script><style>p{color:red}</style><!-- 内部备注 --><p>欢迎</p>',
    );
    expect(text).toBe('活动\n欢迎');
    expect(text).not.toMatch(/alert|color|备注/);
  });

  it('decodes entities once: markup written as text stays text', () => {
    expect(htmlToText('&ldquo;重阳&rdquo; &amp; &lt;b&gt;敬老&lt;/b&gt; &#x4E2D;&#25991;')).toBe(
      '“重阳” & <b>敬老</b> 中文',
    );
  });

  it('lists items, and an unclosed tag or script at the end leaves nothing behind', () => {
    expect(htmlToText('<ul><li>时间</li><li>地点</li></ul>')).toBe('· 时间\n· 地点');
    expect(htmlToText('通知<script>never closed')).toBe('通知');
    expect(htmlToText('通知<img src=x onerror=alert(1)')).toBe('通知');
  });
});
