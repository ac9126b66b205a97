import { useState, type DragEvent } from 'react';
import { useI18n } from '../i18n/useI18n.ts';

/** The file input, labelled "Upload video" / 「動画をアップロード」, inside a drop zone. */
export function UploadPicker({ onFile, disabled }: { onFile(f: File): void; disabled?: boolean }) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f && !disabled) onFile(f);
  };
  return (
    <div
      className={over ? 'drop over' : 'drop'}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label className="upload-label">
        <span>{t('start.upload')}</span>{' '}
        <input
          type="file"
          accept="video/*,.mp4,.mov,.m4v,.webm"
          disabled={disabled}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (f) onFile(f);
          }}
        />
      </label>
      <p className="hint">{t('start.drop')}</p>
    </div>
  );
}
