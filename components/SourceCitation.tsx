/** A source as a reader sees it: its citation, linked to the source when it has an address. */
export function SourceCitation({ citation, url }: { citation: string; url?: string | null }) {
  return url ? (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {citation}
    </a>
  ) : (
    <>{citation}</>
  );
}
