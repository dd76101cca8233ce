/** Saves text as a file through the browser's own download, with no permission and no network. */
export function downloadText(text: string, fileName: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by now; give it a moment before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
