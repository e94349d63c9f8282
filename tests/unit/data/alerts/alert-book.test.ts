import { describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  applyAlert,
  currentAlerts,
  emptyBook,
  type AlertBook,
} from '@src/data/alerts/alert-book.js';
import type { CapAlert, CapInfo } from '@src/data/alerts/cap-types.js';

const SENDER = 'alerts@example.org';
const NOW = Date.parse('2026-07-01T12:00:00+08:00');

function info(expires?: string): CapInfo {
  return {
    language: 'zh-CN',
    category: ['Met'],
    event: '暴雨',
    urgency: 'Expected',
    severity: 'Severe',
    certainty: 'Likely',
    parameters: [],
    areas: [],
    ...(expires === undefined ? {} : { expires }),
  };
}

function alert(identifier: string, fields: Partial<CapAlert> = {}): CapAlert {
  return {
    identifier,
    sender: SENDER,
    sent: '2026-07-01T08:00:00+08:00',
    status: 'Actual',
    msgType: 'Alert',
    scope: 'Public',
    references: [],
    infos: [info('2026-07-02T08:00:00+08:00')],
    ...fields,
  };
}

function ref(identifier: string, sender = SENDER) {
  return { sender, identifier, sent: '2026-07-01T08:00:00+08:00' };
}

function apply(...alerts: CapAlert[]): AlertBook {
  return alerts.reduce((book, a) => applyAlert(book, a, NOW), emptyBook());
}

const ids = (book: AlertBook, now = NOW) => currentAlerts(book, now).map((a) => a.identifier);

describe('alert book', () => {
  it('holds a new Actual alert and records it in history', () => {
    const book = apply(alert('a'));

    expect(ids(book)).toEqual(['a']);
    expect(book.history.map((a) => a.identifier)).toEqual(['a']);
  });

  it('does not change the book it was given', () => {
    const before = apply(alert('a'));
    applyAlert(before, alert('b'), NOW);
    expect(ids(before)).toEqual(['a']);
  });

  it('replaces the referenced alert on Update, along a chain of updates', () => {
    const book = apply(
      alert('a'),
      alert('b'),
      alert('a2', { msgType: 'Update', references: [ref('a')] }),
      alert('a3', { msgType: 'Update', references: [ref('a2')] }),
    );

    expect(ids(book)).toEqual(['b', 'a3']);
    expect(book.history.map((a) => a.identifier)).toEqual(['a', 'b', 'a2', 'a3']);
  });

  it('removes the referenced alerts on Cancel and does not show the Cancel itself', () => {
    const book = apply(
      alert('a'),
      alert('b'),
      alert('a2', { msgType: 'Update', references: [ref('a')] }),
      alert('c1', { msgType: 'Cancel', references: [ref('a2'), ref('b')] }),
    );

    expect(ids(book)).toEqual([]);
    expect(book.history).toHaveLength(4);
  });

  it('matches references by sender as well as identifier', () => {
    const book = apply(
      alert('a'),
      alert('c1', { msgType: 'Cancel', references: [ref('a', 'someone@example.com')] }),
    );
    expect(ids(book)).toEqual(['a']);
  });

  it('lets a sender retire only its own messages, whatever sender its references name', () => {
    const OTHER = 'prankster@example.net';
    const book = apply(
      alert('a'),
      alert('b'),
      // Another sender's Cancel and Update that name this sender's alerts.
      alert('x1', { sender: OTHER, msgType: 'Cancel', references: [ref('a')] }),
      alert('x2', { sender: OTHER, msgType: 'Update', references: [ref('b')] }),
    );
    expect(ids(book)).toEqual(['a', 'b', 'x2']);
    // Nor is a later copy of this sender's alert held back as retired.
    expect(
      ids(
        apply(
          alert('x3', { sender: OTHER, msgType: 'Cancel', references: [ref('c')] }),
          alert('c'),
        ),
      ),
    ).toEqual(['c']);
  });

  it('does not revive an alert whose late copy arrives after its cancel', () => {
    const book = apply(alert('c1', { msgType: 'Cancel', references: [ref('a')] }), alert('a'));
    expect(ids(book)).toEqual([]);
  });

  it('drops an alert once every info has expired, and never adds an expired one', () => {
    const book = apply(
      alert('a', { infos: [info('2026-07-01T13:00:00+08:00'), info('2026-07-01T14:00:00+08:00')] }),
      alert('old', { infos: [info('2026-07-01T11:00:00+08:00')] }),
    );

    expect(ids(book)).toEqual(['a']);
    expect(ids(book, Date.parse('2026-07-01T13:30:00+08:00'))).toEqual(['a']);
    expect(ids(book, Date.parse('2026-07-01T14:30:00+08:00'))).toEqual([]);
    expect(book.history.map((a) => a.identifier)).toEqual(['a', 'old']);
  });

  it('keeps an alert with an info that has no expiry', () => {
    const book = apply(alert('a', { infos: [info('2026-07-01T11:00:00+08:00'), info()] }));
    expect(ids(book, NOW + 30 * 86_400_000)).toEqual(['a']);
  });

  it('ignores Exercise and Test messages unless tests are included', () => {
    const drill = alert('d', { status: 'Exercise' });
    const test = alert('t', { status: 'Test' });

    const ignored = [drill, test].reduce((b, a) => applyAlert(b, a, NOW), emptyBook());
    const shown = [drill, test].reduce(
      (b, a) => applyAlert(b, a, NOW, { includeTests: true }),
      emptyBook(),
    );

    expect(ids(ignored)).toEqual([]);
    expect(ignored.history).toEqual([]);
    expect(ids(shown)).toEqual(['d', 't']);
  });

  it('never shows System or Draft messages', () => {
    const book = [alert('s', { status: 'System' }), alert('x', { status: 'Draft' })].reduce(
      (b, a) => applyAlert(b, a, NOW, { includeTests: true }),
      emptyBook(),
    );
    expect(ids(book)).toEqual([]);
  });

  it('records Ack and Error in history without showing them', () => {
    const book = apply(alert('a'), alert('ack', { msgType: 'Ack', references: [ref('a')] }));

    expect(ids(book)).toEqual(['a']);
    expect(book.history.map((a) => a.identifier)).toEqual(['a', 'ack']);
  });

  it('keeps one copy of a resent alert', () => {
    const book = apply(alert('a'), alert('a'));

    expect(ids(book)).toEqual(['a']);
    expect(book.history).toHaveLength(1);
  });

  it('bounds the history, dropping the oldest', () => {
    const many = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => alert(`n${i}`));
    const book = apply(...many);

    expect(book.history).toHaveLength(HISTORY_LIMIT);
    expect(book.history[0]!.identifier).toBe('n5');
  });
});
