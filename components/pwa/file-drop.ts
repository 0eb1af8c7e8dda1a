/** Files dropped anywhere on the web app (drag and drop from the computer's or tablet's files). */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** The handlers for the app's outer element, and whether files are being dragged over it. */
export function useFileDrop(onFiles: (files: File[]) => void): { dragging: boolean; handlers: JSX.HTMLAttributes<HTMLDivElement> } {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e) => {
        if (!carriesFiles(e)) return;
        // Without this the browser opens the dropped file in place of the app.
        e.preventDefault();
        e.dataTransfer!.dropEffect = 'copy';
        setDragging(true);
      },
      onDragLeave: (e) => {
        if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) setDragging(false);
      },
      onDrop: (e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length > 0) onFiles(files);
      },
    },
  };
}
