/**
 * The marks every chart shares: a shape per voice (circle, square, triangle), so a reader who
 * cannot tell the colours apart still tells the voices apart; colours come from CSS classes
 * (Okabe–Ito, light and dark in popup.css / diet.css).
 */
import type { SlantVoice } from '../../lib/glance';

export function VoiceMark({ voice, x, y, r = 4.5 }: { voice: SlantVoice; x: number; y: number; r?: number }) {
  const cls = `sw-mark sw-v-${voice}`;
  if (voice === 'outlet') return <circle class={cls} cx={x} cy={y} r={r} />;
  if (voice === 'quoted') return <rect class={cls} x={x - r} y={y - r} width={2 * r} height={2 * r} />;
  const h = r * 1.15;
  return <path class={cls} d={`M${x} ${y - h - 0.6}L${x + h} ${y + h * 0.8}L${x - h} ${y + h * 0.8}Z`} />;
}

/** One legend entry: the shape in a small inline SVG, then its words. */
export function LegendMark({ voice, text }: { voice: SlantVoice; text: string }) {
  return (
    <li>
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <VoiceMark voice={voice} x={6} y={6} r={4.5} />
      </svg>
      {text}
    </li>
  );
}
