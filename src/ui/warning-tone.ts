/**
 * A warning tone: three loud pulses at 880 Hz through Web Audio, so a warning
 * or a home alarm is heard from the kitchen. Quietly skipped where audio
 * cannot start.
 */
export function playWarningTone(): void {
  const Context =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return;
  try {
    const audio = new Context();
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.value = 0;
    const tone = audio.createOscillator();
    tone.frequency.value = 880;
    tone.type = 'square';
    tone.connect(gain);
    const start = audio.currentTime + 0.05;
    for (let i = 0; i < 3; i++) {
      gain.gain.setValueAtTime(0.4, start + i * 0.6);
      gain.gain.setValueAtTime(0, start + i * 0.6 + 0.4);
    }
    tone.start(start);
    tone.stop(start + 1.9);
    tone.onended = () => void audio.close();
  } catch (error) {
    console.warn('[hearth:tone] not played', error);
  }
}

/**
 * An alarm sounds until someone answers it: the warning tone again every few
 * seconds. Returns the function that stops it.
 */
export function startAlarmTone(everyMs = 3000): () => void {
  playWarningTone();
  const timer = setInterval(playWarningTone, everyMs);
  return () => clearInterval(timer);
}
