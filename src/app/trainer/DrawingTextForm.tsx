import { useState } from 'react';
import { useI18n } from '../i18n/useI18n.ts';

/** The text tool's field: the words to place at the point clicked on the stage (null: nothing to add). */
export function DrawingTextForm({ onDone }: { onDone(text: string | null): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onDone(text.trim() ? text : null);
      }}
    >
      <label>
        {t('trainer.drawingText')}{' '}
        <input type="text" value={text} autoFocus onChange={(e) => setText(e.currentTarget.value)} />
      </label>
      <button type="submit">{t('trainer.addText')}</button>
    </form>
  );
}
