/**
 * The looks of <hearth-watch>: the video and the Lightning canvas filling the
 * stage, and the DOM words shown before the overlays can (loading, a channel
 * list that failed and its 再试一次).
 */
import { css } from 'lit';
import { buttonStyles } from '../../ui/button-styles.js';
import { focusStyles, scaled } from '../../ui/focus-styles.js';

export const watchScreenStyles = [
  focusStyles,
  buttonStyles,
  css`
    :host {
      position: absolute;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      display: block;
      background: #000;
    }
    video,
    canvas {
      position: absolute;
      top: 0;
      right: 0;
      bottom: 0;
      left: 0;
      width: 1920px;
      height: 1080px;
    }
    video {
      object-fit: contain;
      background: #000;
    }
    /* Subtitles (a text track hls.js fills) drawn large and readable, with the text size. */
    video::cue {
      font-size: ${scaled(48)};
      line-height: 1.3;
      color: #fff;
      background: rgba(0, 0, 0, 0.8);
    }
    /*
     * Above the warning strip and the channel banner while they show (the
     * screen sets --watch-subtitle-lift): Blink and WebKit, the engines of TVs
     * and boxes, draw a video's subtitles and captions in this box.
     */
    video::-webkit-media-text-track-container {
      transform: translateY(calc(-1 * var(--watch-subtitle-lift, 0px)));
      transition: transform 0.15s;
    }
    canvas:focus {
      outline: none;
    }
    .help {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .status,
    .failed {
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      max-width: 1200px;
      padding: 48px 64px;
      border-radius: 24px;
      background: var(--hearth-surface-raised, #2a3038);
      font-size: ${scaled(36)};
      text-align: center;
    }
    .failed h2 {
      margin: 0 0 24px;
      font-size: ${scaled(44)};
    }
    .failed .button {
      margin-top: 24px;
    }
  `,
];
