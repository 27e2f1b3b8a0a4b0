/** The progress line `newsx lint` draws on a terminal's stderr: a bar, files done, rate and time left. */
export function renderProgress(done: number, total: number, elapsedMs: number, width: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : null;
  const stats = ` ${done}/${total} files · ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s · ETA ${left === null ? '--:--' : clock(left)}`;
  const barWidth = Math.max(10, Math.min(40, width - stats.length - 3));
  const filled = total > 0 ? Math.round((done / total) * barWidth) : barWidth;
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${stats}`;
}

function clock(seconds: number): string {
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
