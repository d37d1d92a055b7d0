// A file chooser the keyboard reaches as a real button (issue 15 §6): Tab lands on it, Enter or
// Space opens the browser's chooser, and its focus ring shows — a visually hidden <input
// type=file> inside a <label> is focusable but draws its ring on a clipped 1 px box. The input
// stays in the DOM (hidden) for the chooser and for the e2e tests' setInputFiles.
import { useRef } from 'preact/hooks';

export function FileButton({
  label,
  accept,
  testid,
  class: cls,
  onFile,
}: {
  label: string;
  accept: string;
  testid: string;
  class: string;
  onFile(file: File): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" class={cls} onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        data-testid={testid}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const el = e.currentTarget as HTMLInputElement;
          const f = el.files?.[0];
          // Cleared so choosing the same file again (fixed and saved under its old name) reads it again.
          el.value = '';
          if (f) onFile(f);
        }}
      />
    </>
  );
}
