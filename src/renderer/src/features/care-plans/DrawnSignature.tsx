import { useEffect, useId, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import type { SignatureStrokes } from '../../../../shared/contracts/care-plan-signatures';

export interface Drawing {
  strokes: SignatureStrokes;
  png: string;
}

/** The pad's point groups as stored: each stroke's points with time from its first point. */
function strokesOf(pad: SignaturePad): SignatureStrokes {
  return pad.toData().map((group) => {
    const start = group.points[0]?.time ?? 0;
    return {
      points: group.points.map((point) => ({
        x: Math.round(point.x * 10) / 10,
        y: Math.round(point.y * 10) / 10,
        t: Math.max(0, point.time - start),
        p: point.pressure > 0 && point.pressure <= 1 ? point.pressure : 0.5,
      })),
    };
  });
}

/**
 * A box to sign in with a mouse, pen or finger (signature_pad draws smooth strokes and keeps
 * them as vectors). After each stroke the strokes and a PNG of the box go to `onChange`; the
 * typed name is the keyboard's way to sign, offered beside this.
 */
export function DrawnSignature({
  onChange,
  label,
}: {
  onChange: (drawing: Drawing | null) => void;
  label: string;
}) {
  const { t } = useTranslation();
  const helpId = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const instance = new SignaturePad(element, { penColor: '#111', backgroundColor: '#fff' });
    instance.clear(); // Paints the white background, so the PNG is readable on any page.
    pad.current = instance;
    const report = () =>
      changed.current(
        instance.isEmpty() ? null : { strokes: strokesOf(instance), png: instance.toDataURL('image/png') },
      );
    instance.addEventListener('endStroke', report);
    return () => {
      instance.removeEventListener('endStroke', report);
      instance.off();
      pad.current = null;
    };
  }, []);

  return (
    <div className="signature-box">
      <canvas
        ref={canvas}
        width={480}
        height={160}
        className="signature-canvas"
        role="img"
        aria-label={label}
        aria-describedby={helpId}
        data-testid="signature-canvas"
      />
      <div id={helpId}>
        <p className="field-help">{t('carePlans.agreement.drawHelp')}</p>
        {/* The box takes a pointer only: say so where everyone sees it, not only in its label. */}
        <p className="field-help">{t('carePlans.agreement.keyboardHelp')}</p>
      </div>
      <Button
        className="button button-small"
        onPress={() => {
          pad.current?.clear();
          onChange(null);
        }}
      >
        {t('carePlans.agreement.clear')}
      </Button>
    </div>
  );
}
