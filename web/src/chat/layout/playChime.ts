let context: AudioContext | null = null;

/** A short two-note chime for a new chat request (silent where the browser does not allow sound yet). */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    const now = context.currentTime;
    for (const [index, frequency] of [880, 1320].entries()) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + index * 0.15);
      gain.gain.exponentialRampToValueAtTime(0.2, now + index * 0.15 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + index * 0.15 + 0.3);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(now + index * 0.15);
      oscillator.stop(now + index * 0.15 + 0.32);
    }
  } catch {
    /* no audio here */
  }
}
