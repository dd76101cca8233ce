import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * A modal question with a safe default: the native dialog keeps focus inside, Escape cancels, and focus
 * goes back where it was when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      returnTo.current = document.activeElement;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);
  const closed = () => {
    (returnTo.current as HTMLElement | null)?.focus?.();
    if (open) onCancel();
  };
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" onClose={closed}>
      <h2 id="confirm-title">{title}</h2>
      {children}
      <div class="confirm__actions">
        <button type="button" class="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        {/* Cancel comes first for the keyboard: the dialog opens on the safe choice. */}
        <button type="button" autofocus onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
