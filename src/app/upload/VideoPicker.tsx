import { useState, type DragEvent } from 'react';

/** File input ("Upload video") that also accepts a dropped file. */
export function VideoPicker({ onFile, disabled }: { onFile: (f: File) => void; disabled?: boolean }) {
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
      <label>
        Upload video{' '}
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
      <p className="status">…or drop a video here. It is analysed on this device; nothing is uploaded.</p>
    </div>
  );
}
