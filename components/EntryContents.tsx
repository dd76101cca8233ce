import { jumpTo } from "./jump-to";

export interface EntryPart {
  readonly id: string;
  readonly title: string;
}

/**
 * A long entry's table of contents: ordinary links to its headings, which move focus to the heading (so
 * reading and Tab carry on from there) inside the side panel's own scrolling part.
 */
export function EntryContents({ parts }: { parts: readonly EntryPart[] }) {
  return (
    <nav class="entry__toc" aria-labelledby="entry-toc-title">
      <h3 id="entry-toc-title" class="entry__toc-title">
        In this entry
      </h3>
      <ul>
        {parts.map((part) => (
          <li key={part.id}>
            <a href={`#${part.id}`} onClick={(e) => jumpTo(e, part.id)}>
              {part.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
