import { useEffect, useRef, useState } from "preact/hooks";

export interface DraftTextProps {
  id: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  placeholder?: string;
  describedBy?: string;
  onSave: (text: string) => void;
}

/**
 * A text field saved as the user types. While it has focus, what the user types wins over changes
 * arriving from storage (which may be a moment behind), so no keystroke is ever undone.
 */
export function DraftText({
  id,
  value,
  maxLength,
  multiline,
  placeholder,
  describedBy,
  onSave,
}: DraftTextProps) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setDraft(value);
  }, [value]);
  const common = {
    id,
    value: draft,
    maxLength,
    placeholder,
    "aria-describedby": describedBy,
    onFocus: () => (focused.current = true),
    onBlur: () => (focused.current = false),
    onInput: (event: Event) => {
      const text = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
      setDraft(text);
      onSave(text);
    },
  };
  return multiline ? <textarea rows={4} {...common} /> : <input type="text" autocomplete="off" {...common} />;
}
