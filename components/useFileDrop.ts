// One drag-and-drop behaviour for every place a file goes in (the list audit, the ESP export file,
// a received message): highlight while a file is over the zone, hand the first dropped file on.
import { useState } from 'preact/hooks';

/** `over` while a file is dragged over the zone; spread `handlers` on the zone's element. */
export function useFileDrop(onFile: (file: File | undefined) => void) {
  const [over, setOver] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(false);
      onFile(e.dataTransfer?.files?.[0]);
    },
  };
  return { over, handlers };
}
