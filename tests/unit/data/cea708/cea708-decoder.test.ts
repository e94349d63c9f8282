import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ccData, cmd, packet, text, triplets } from '../../../../scripts/cea708-packets.mjs';
import { Cea708Decoder } from '@src/data/cea708/cea708-decoder.js';

/** Sends `bytes` for `service` in one packet, all in one picture at `time`. */
function send(decoder: Cea708Decoder, time: number, bytes: number[], service = 1) {
  return decoder.push(time, ccData(triplets(packet(service, bytes))));
}

const SHOWN = cmd.defineWindow(0, { visible: true, rows: 2 });

describe('CEA-708 captions', () => {
  it('shows the words a visible window is given, at the picture that brought them', () => {
    const decoder = new Cea708Decoder();
    expect(send(decoder, 12.5, [...SHOWN, ...text('Hello, world')])).toEqual([
      { service: 1, time: 12.5, text: 'Hello, world' },
    ]);
    // The same words again change nothing.
    expect(send(decoder, 13, cmd.setCurrentWindow(0))).toEqual([]);
  });

  it('reads a packet only once its last piece has come, however many pictures it spans', () => {
    const decoder = new Cea708Decoder();
    const pieces = triplets(packet(1, [...SHOWN, ...text('Slowly, piece by piece')]));
    const changes = [];
    for (let i = 0; i < pieces.length; i += 3) {
      changes.push(...decoder.push(i / 10, ccData(pieces.slice(i, i + 3))));
    }
    expect(changes).toEqual([
      {
        service: 1,
        time: (pieces.length - 1 - ((pieces.length - 1) % 3)) / 10,
        text: 'Slowly, piece by piece',
      },
    ]);
  });

  it('reads Latin-1, the G2 symbols, a music note and 16-bit characters', () => {
    const decoder = new Cea708Decoder();
    const g2 = [0x10, 0x32, 0x10, 0x25]; // ’ …
    const [change] = send(decoder, 0, [
      ...SHOWN,
      ...text('Subtítulos de demostración'),
      ...g2,
      ...text(' ♪ 新闻'),
    ]);
    expect(change?.text).toBe('Subtítulos de demostración’… ♪ 新闻');
  });

  it('pops on: words loaded into a hidden window show only when it is shown, and go when cleared', () => {
    const decoder = new Cea708Decoder();
    const hidden = [...cmd.defineWindow(1, { visible: false }), ...text('Loaded out of sight')];
    expect(send(decoder, 1, hidden)).toEqual([]);
    expect(send(decoder, 2, cmd.displayWindows(0b10))).toEqual([
      { service: 1, time: 2, text: 'Loaded out of sight' },
    ]);
    // A second window toggled in as the first is toggled out: one change.
    const next = [...cmd.defineWindow(2, { visible: false }), ...text('The next line')];
    expect(send(decoder, 3, next)).toEqual([]);
    expect(send(decoder, 4, cmd.toggleWindows(0b110))).toEqual([
      { service: 1, time: 4, text: 'The next line' },
    ]);
    expect(send(decoder, 5, cmd.clearWindows(0b100))).toEqual([{ service: 1, time: 5, text: '' }]);
  });

  it('rolls a full window up on a carriage return, and edits with backspace, pen moves and form feed', () => {
    const decoder = new Cea708Decoder();
    const rollUp = [...SHOWN, ...text('one'), ...cmd.carriageReturn(), ...text('two')];
    expect(send(decoder, 0, rollUp)[0]?.text).toBe('one\ntwo');
    expect(send(decoder, 1, [...cmd.carriageReturn(), ...text('three')])[0]?.text).toBe(
      'two\nthree',
    );
    expect(send(decoder, 2, [...cmd.backspace(), ...text('E')])[0]?.text).toBe('two\nthreE');
    expect(send(decoder, 3, [...cmd.penLocation(0, 0), ...text('T')])[0]?.text).toBe('Two\nthreE');
    expect(send(decoder, 4, [...cmd.formFeed(), ...text('fresh')])[0]?.text).toBe('fresh');
    expect(send(decoder, 5, cmd.deleteWindows(0b1))[0]?.text).toBe('');
    // A row stops at the window's width (42 columns at least).
    const long = send(decoder, 5.5, [...SHOWN, ...text('x'.repeat(50))])[0]?.text;
    expect(long).toBe('x'.repeat(42));
    send(decoder, 5.6, cmd.deleteWindows(0b1));
    // Words for a window that no longer exists show nowhere.
    expect(send(decoder, 6, text('lost'))).toEqual([]);
  });

  it('keeps each service apart, extended service numbers included', () => {
    const decoder = new Cea708Decoder();
    expect(send(decoder, 0, [...SHOWN, ...text('English')], 1)).toEqual([
      { service: 1, time: 0, text: 'English' },
    ]);
    expect(send(decoder, 0.1, [...SHOWN, ...text('Español')], 2)).toEqual([
      { service: 2, time: 0.1, text: 'Español' },
    ]);
    expect(send(decoder, 0.2, [...SHOWN, ...text('Service nine')], 9)).toEqual([
      { service: 9, time: 0.2, text: 'Service nine' },
    ]);
    expect(send(decoder, 0.3, cmd.reset(), 2)).toEqual([{ service: 2, time: 0.3, text: '' }]);
  });

  it('passes over 608 pairs, invalid pieces and a packet cut short by the next one', () => {
    const decoder = new Cea708Decoder();
    const whole = triplets(packet(1, [...SHOWN, ...text('Kept')]));
    const cut = triplets(packet(1, [...SHOWN, ...text('Cut short before its end')])).slice(0, 4);
    const pair608: [number, number, number] = [0xfc, 0x94, 0x20];
    const invalid: [number, number, number] = [0xfa, 0x41, 0x41];
    const changes = decoder.push(0, ccData([pair608, ...cut, invalid, ...whole]));
    // The cut packet ends inside its window's definition, so it shows nothing; the whole one shows.
    expect(changes.map((c) => c.text)).toEqual(['Kept']);
  });

  it('ends what was shown where the stream left off when it jumps back, and starts afresh', () => {
    const decoder = new Cea708Decoder();
    send(decoder, 30, [...SHOWN, ...text('Before the jump')]);
    send(decoder, 31, cmd.setCurrentWindow(0));
    expect(send(decoder, 10, text('no window yet'))).toEqual([{ service: 1, time: 31, text: '' }]);
    expect(send(decoder, 11, [...SHOWN, ...text('After')])).toEqual([
      { service: 1, time: 11, text: 'After' },
    ]);
  });

  it('never throws on whatever bytes a broken stream carries', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 96 }), { maxLength: 20 }), (pictures) => {
        const decoder = new Cea708Decoder();
        pictures.forEach((bytes, i) => {
          for (const change of decoder.push(i / 30, bytes))
            expect(typeof change.text).toBe('string');
        });
      }),
    );
  });
});
