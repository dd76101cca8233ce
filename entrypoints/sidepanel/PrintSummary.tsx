import type { Summary } from "../../utils/notes/summary";

/** The one-page summary: what "Print" and "Save as PDF" give, and the preview in "Take it with you". */
export function PrintSummary({ summary, className }: { summary: Summary; className?: string }) {
  return (
    <article class={`summary ${className ?? ""}`} data-summary>
      <header class="summary__head">
        <h2 class="summary__title">{summary.title}</h2>
        <p class="summary__made">{summary.made}</p>
      </header>
      {summary.sections.map((section) => (
        <section key={section.id} class={`summary__section summary__section--${section.id}`}>
          <h3>{section.title}</h3>
          <ul class={section.lines.some((l) => l.checkbox) ? "summary__checklist" : undefined}>
            {section.lines.map((line, i) => (
              <li key={i} class={line.checkbox ? "summary__todo" : undefined}>
                {line.checkbox && (
                  <span class="summary__box" aria-hidden="true">
                    ☐{" "}
                  </span>
                )}
                {line.href ? (
                  <a href={line.href} target="_blank" rel="noopener noreferrer">
                    {line.text}
                  </a>
                ) : (
                  line.text
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p class="summary__footer">{summary.footer}</p>
    </article>
  );
}
